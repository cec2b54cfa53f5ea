<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="16"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="18"/>
        <source>Special Education Placement and Home Teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21"/>
        <source>Version {version}&lt;br&gt;Qt for Python {qt}&lt;br&gt;Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="22"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="29"/>
        <source>For county special-education coordinators: every school-age child with a disability placed, taught and accounted for — no child left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ui/child_form.py" line="577"/>
        <source>Archive {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="580"/>
        <source>Archived children leave the register and the counts but are never deleted; their file and history stay. Why is this child archived?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="588"/>
        <source>e.g. moved out of the county on 2026-03-01 (transfer letter no. …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="594"/>
        <location filename="../../ui/child_form.py" line="616"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="617"/>
        <source>This child is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="631"/>
        <source>{0} archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="636"/>
        <source>Archiving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="126"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="127"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="130"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="133"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="136"/>
        <source>Allowed: {0}; at most {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="160"/>
        <source>Choose a scan or photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="162"/>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="207"/>
        <source>Archive attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="207"/>
        <source>Why is it archived?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="44"/>
        <source>Expert-committee assessment: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="53"/>
        <source>e.g. 王老师 (education), 李医生 (rehabilitation), 张社工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="56"/>
        <source>e.g. adaptive behaviour scale, Gesell, observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="59"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="69"/>
        <source>Findings by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="81"/>
        <source>Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="82"/>
        <source>Committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="83"/>
        <source>Tools used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="84"/>
        <source>Concluded level *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="85"/>
        <source>Recommended placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="86"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="115"/>
        <source>(follows from the level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="119"/>
        <source>{0} (the county&apos;s rule for {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="152"/>
        <source>Assessment recorded: {0}, recommended {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="159"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="154"/>
        <source>Scores by domain (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="160"/>
        <location filename="../../ui/records/assessments_tab.py" line="228"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="164"/>
        <source>Attainment of goals (0 = not yet … 4 = achieved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="169"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="170"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="172"/>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="176"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="177"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="178"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="46"/>
        <source>SHA-256 (verified): {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="52"/>
        <source>Batch print files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="57"/>
        <source>{0} children match the current filter; each gets a child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="60"/>
        <source>Child files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="61"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="66"/>
        <source>One PDF per child, in a folder per township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="67"/>
        <source>One merged PDF (bookmarked by township and name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="72"/>
        <source>Print ID and phone numbers in full (masked by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="78"/>
        <source>Start printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="81"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="83"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="86"/>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="87"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="110"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="138"/>
        <source>Preparing (starting worker processes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="160"/>
        <source>Cancelling; waiting for the files in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="178"/>
        <source>Done {0}/{1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="184"/>
        <source>Finished: {0} files, {1} pages in {2:.1f} s, saved in {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="127"/>
        <source>Cancel the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="135"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="136"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/importing/check_page.py" line="77"/>
        <source>Run the cross-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="79"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="84"/>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="85"/>
        <source>Resolved findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="86"/>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="91"/>
        <source>All kinds of finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="139"/>
        <source>Follow-up (two questions, one visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="140"/>
        <location filename="../../ui/importing/check_page.py" line="259"/>
        <source>Choose a finding on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="153"/>
        <source>e.g. Director Wang of the village committee / teacher Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="155"/>
        <source>What was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="157"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="161"/>
        <source>Conclusion, e.g. “in school in another province with the parents”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="163"/>
        <source>Mark as resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="165"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="171"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="172"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="173"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="174"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="198"/>
        <source>Lists compared: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="200"/>
        <source>{0} ({1}, {2}, {3} rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="209"/>
        <source>No federation, school-register, household or poverty list imported yet; only the children&apos;s records are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="218"/>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="225"/>
        <source>{0} open, {1} resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="266"/>
        <source>Resolved: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="270"/>
        <source>Comparing the lists with the children&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="274"/>
        <source>The cross-check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="282"/>
        <source>Choose a finding first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="317"/>
        <source>Export the cross-check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="318"/>
        <source>cross-check report.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="326"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="329"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="329"/>
        <source>{0} findings written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../ui/child_form.py" line="74"/>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="74"/>
        <source>Child: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="83"/>
        <source>Basic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="84"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="85"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="86"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="87"/>
        <source>School register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="102"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="106"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="112"/>
        <source>Archived on {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="139"/>
        <location filename="../../ui/child_form.py" line="156"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="147"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="151"/>
        <source>18 characters; birth date and sex are read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="166"/>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="168"/>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="186"/>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="187"/>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="188"/>
        <source>Sex *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="189"/>
        <source>Birth date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="190"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="191"/>
        <source>Township *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="192"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="193"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="194"/>
        <source>Home coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="204"/>
        <location filename="../../ui/child_form.py" line="261"/>
        <location filename="../../ui/child_form.py" line="305"/>
        <location filename="../../ui/child_form.py" line="426"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="217"/>
        <source>Add guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="220"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="238"/>
        <source>Holds a disability certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="243"/>
        <source>ID + category + grade, e.g. …5023 (20–22 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="263"/>
        <source>Grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="266"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="279"/>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="281"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="282"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="283"/>
        <source>Level (committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="321"/>
        <source>School-register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="322"/>
        <source>Register school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="323"/>
        <source>Year (grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="324"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="325"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="326"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="457"/>
        <source>From the certificate: {0}, grade {1} (suggested level: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="511"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="516"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildRecordsDialog</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="71"/>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="72"/>
        <source>Records of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="89"/>
        <source>五有 for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="101"/>
        <source>Scheme 方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="102"/>
        <source>Plan 计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="103"/>
        <source>Lesson plans 教案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="104"/>
        <source>Assessments 评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="105"/>
        <source>Archive 档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="106"/>
        <source>Visits 送教记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="209"/>
        <source>Home teaching against the norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="226"/>
        <source>By child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="226"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="226"/>
        <source>By school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="226"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="231"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="232"/>
        <source>Log a team&apos;s day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="242"/>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="243"/>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="256"/>
        <source>Shortfalls are added up child by child and month by month: visits beyond the norm in one month or for one child do not make up for another, so the shortfall can exceed required minus delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="278"/>
        <source>Due this week / overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="299"/>
        <source>Computing compliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="308"/>
        <source>{term}, {start} to {end}: {children} children taught at home, {short} short of the norm. Visits {delivered}/{required} (short {svisits}); class hours {dh:g}/{rh:g} (short {sh:g}); {cancelled} cancelled ({reasons}), {makeups} made up, {not_logged} planned but not logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageExport</name>
    <message>
        <location filename="../../ui/coverage/export.py" line="30"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="32"/>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="33"/>
        <source>Age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="34"/>
        <location filename="../../ui/coverage/export.py" line="48"/>
        <source>School-age children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="35"/>
        <location filename="../../ui/coverage/export.py" line="49"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="36"/>
        <location filename="../../ui/coverage/export.py" line="50"/>
        <source>Exception recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="37"/>
        <location filename="../../ui/coverage/export.py" line="51"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="38"/>
        <location filename="../../ui/coverage/export.py" line="52"/>
        <source>Enrolment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="43"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="47"/>
        <location filename="../../ui/coverage/export.py" line="77"/>
        <location filename="../../ui/coverage/export.py" line="105"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="61"/>
        <location filename="../../ui/coverage/export.py" line="86"/>
        <source>County total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="71"/>
        <source>Level x placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="78"/>
        <location filename="../../ui/coverage/export.py" line="107"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="81"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="95"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="100"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="104"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="106"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="108"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="119"/>
        <source>NO REASON RECORDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="135"/>
        <source>coverage-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="140"/>
        <source>Export the coverage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="142"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="152"/>
        <source>Coverage report saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="154"/>
        <source>Exporting the coverage report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../ui/coverage/page.py" line="53"/>
        <source>Coverage — no child left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="63"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="69"/>
        <source>Reference date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="78"/>
        <source>School-age children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="79"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="80"/>
        <source>Exception recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="81"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="82"/>
        <source>Enrolment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="94"/>
        <source>Show these children in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="118"/>
        <source>Level × placement in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="128"/>
        <source>Record the reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="136"/>
        <source>School-age children without an active placement. Each needs a placement or a recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="149"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="150"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="151"/>
        <source>Level × placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="152"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="184"/>
        <source>{0} school-age, {1} placed, {2} not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="202"/>
        <source>Counting school-age children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="207"/>
        <source>ages {0}–{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="220"/>
        <source>the whole county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="273"/>
        <source>From the coverage report: school-age children (ages {0}–{1} on {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="300"/>
        <source>Choose a child in the exceptions list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="312"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListWidget</name>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="161"/>
        <source>Filter by child, team or township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="177"/>
        <source>Checking what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="184"/>
        <source>{0} overdue, {1} due this week or month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="205"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="205"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="205"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="205"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="205"/>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="206"/>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="206"/>
        <source>Take the file&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="241"/>
        <source>the recorded child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="242"/>
        <source>row {0} of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="356"/>
        <source>Resolve duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="359"/>
        <source>These rows are children already recorded (or earlier rows of the file). Tick the values to take from the file; with nothing ticked the record stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="365"/>
        <source>Keep all current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="366"/>
        <source>Take all values from the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>An unexpected error occurred: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>Could not complete the operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../ui/coverage/page.py" line="330"/>
        <source>Why has this child no placement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="334"/>
        <source>e.g. in hospital for treatment until …; deferred entry approved by …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="350"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="351"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <location filename="../../ui/coverage/models.py" line="159"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="160"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="161"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="162"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="163"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="171"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="172"/>
        <source>NO REASON RECORDED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/field_errors.py" line="76"/>
        <source>Row {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="88"/>
        <location filename="../../ui/importing/wizard.py" line="123"/>
        <source>Choose the list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="91"/>
        <source>xlsx, xls and csv (UTF-8 or GBK) are read. Title rows and merged headers are recognised automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="98"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="99"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="110"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="111"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="112"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="113"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="125"/>
        <source>Lists (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="133"/>
        <source>Recognise the headers automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="49"/>
        <source>Search name, pinyin initials (zsl) or ID digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="57"/>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="58"/>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="59"/>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="60"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="63"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="64"/>
        <source>All disabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="67"/>
        <source>All placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="70"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="71"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="83"/>
        <source>Files incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="85"/>
        <source>Home-taught children whose 五有 file this term is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="88"/>
        <source>Include archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="97"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="253"/>
        <source>Limited to the children of a report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="293"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="293"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="293"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="293"/>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="293"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="294"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="294"/>
        <source>Finding status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="294"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="322"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="324"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="324"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="61"/>
        <source>Welcome — choose a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="66"/>
        <source>The application keeps its records in a database. Choose how to start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="68"/>
        <source>Open the demo county (565 children, for trying things out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="69"/>
        <source>Create an empty database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="71"/>
        <source>Connect to a server database (PostgreSQL, shared by offices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85"/>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="96"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="107"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="109"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="115"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="157"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="159"/>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="161"/>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="171"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="175"/>
        <source>Connection succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="179"/>
        <source>Connection failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="186"/>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardiansModel</name>
    <message>
        <location filename="../../ui/guardians_model.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guardians_model.py" line="36"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guardians_model.py" line="36"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="116"/>
        <source>History of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="33"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="34"/>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="35"/>
        <source>placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="36"/>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="37"/>
        <source>coverage exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="43"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="44"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="45"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="46"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="88"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="89"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="90"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="91"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="92"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="388"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="391"/>
        <source>Start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="405"/>
        <source>{0} rows will be imported in one transaction ({1} rejected rows are left out). You can cancel half-way; the database then stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="414"/>
        <source>Writing to the database; cancelling leaves no change behind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="426"/>
        <source>Import finished: {0} children created, {1} updated, {2} rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="431"/>
        <source>Saved {1} rows of the {0}; compare them on the cross-check page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="440"/>
        <source>Import cancelled; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="443"/>
        <source>The import failed and the database was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="466"/>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="470"/>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="471"/>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="472"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="473"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="75"/>
        <source>New lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="77"/>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="82"/>
        <source>Lesson plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="85"/>
        <source>Template library of the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="107"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="108"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="109"/>
        <source>Textbook unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="110"/>
        <source>For visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="111"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="112"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="113"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="114"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="115"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="116"/>
        <source>Save lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="119"/>
        <source>Save as school template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="126"/>
        <source>Lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="141"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="62"/>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Special Education Placement and Home Teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Demo data (changes are lost on the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;New child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>&amp;Import agency lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Batch print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Open or connect a &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;About…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakeupDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="149"/>
        <source>Plan the make-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="157"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="158"/>
        <source>Start (empty: as the cancelled visit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="34"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="52"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="52"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="52"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="78"/>
        <source>(no heading)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="182"/>
        <source>Check the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="189"/>
        <source>Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="202"/>
        <source>“{0}”, sheet “{1}”: the header is on row {2}. Check each column; correct it under “Field”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="227"/>
        <source>Still missing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="231"/>
        <source>{0} columns mapped; unmapped columns are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="243"/>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="243"/>
        <source>Preset name (e.g. “county federation 2024”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="251"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksBar</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="48"/>
        <source>Not taught at home this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="53"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="54"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="55"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/coverage/models.py" line="120"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="121"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="126"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlySummaryDialog</name>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="39"/>
        <source>Monthly home-teaching summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="42"/>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="45"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="46"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="47"/>
        <source>home-teaching-summary_{0:%Y%m}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="48"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="55"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="56"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="58"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="61"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="62"/>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="63"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="77"/>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="95"/>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="107"/>
        <source>Generated {0} ({1} pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NormPresetSelector</name>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="29"/>
        <source>Home-teaching norms preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="36"/>
        <source>Custom (the county&apos;s own figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="38"/>
        <source>Use this preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="64"/>
        <source>Reading the norms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="74"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="75"/>
        <source>In force: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="77"/>
        <source> (figures edited after the preset was chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="85"/>
        <source>The county&apos;s own figures, as entered in the norms below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="87"/>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="98"/>
        <source>Preset in force; required visits and class hours recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="105"/>
        <source>Applying the preset…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NormsEditor</name>
    <message>
        <location filename="../../ui/norms_editor.py" line="61"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="63"/>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="64"/>
        <source>Region code (6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="66"/>
        <source>Placement rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="69"/>
        <source>Certificate grade → level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="77"/>
        <source>Grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="83"/>
        <source>Level → recommended placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="94"/>
        <location filename="../../ui/norms_editor.py" line="95"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="104"/>
        <source> (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="105"/>
        <source> (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="113"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="114"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="115"/>
        <source>Compulsory education and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="117"/>
        <source>Compulsory age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="119"/>
        <source>Reference date (each year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="121"/>
        <source>Class hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="123"/>
        <source>Placement review every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="135"/>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="137"/>
        <source>Remove selected term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="143"/>
        <source>Terms (dates as YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="153"/>
        <source>Save the norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="156"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="158"/>
        <source>These norms are stored in the database and shared by every office using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="254"/>
        <source>Norms saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="260"/>
        <source>Saving the norms…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="192"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="192"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="194"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="209"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/default_pages.py" line="68"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="70"/>
        <source>Assessment &amp; placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="72"/>
        <source>Home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="74"/>
        <source>Workload &amp; class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="76"/>
        <source>Visit schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="78"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="80"/>
        <source>Cross-check (三查)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="82"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="53"/>
        <source>Placement decision: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="61"/>
        <source>No assessed level yet: record the expert committee&apos;s assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="63"/>
        <source>Assessed level: {0}. The county&apos;s rule recommends: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="69"/>
        <source>Assess first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="80"/>
        <source> (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="108"/>
        <source>e.g. 三年级（2）班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="113"/>
        <source>(choose a team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="124"/>
        <source>School *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="125"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="130"/>
        <source>Special school *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="135"/>
        <source>Responsible school *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="136"/>
        <source>Teacher team *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="156"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="159"/>
        <source>Effective date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="160"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="196"/>
        <source>(choose a school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="246"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="246"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="248"/>
        <source>Required: why the committee decided differently from the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="250"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="320"/>
        <source>{0} placed: {1} from {2}; review due {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="331"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <location filename="../../ui/placement/page.py" line="35"/>
        <source>Assessment and placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="42"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="51"/>
        <source>Reviews overdue or due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="57"/>
        <source>Choose a child in the list, or in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="66"/>
        <source>Record assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="67"/>
        <source>Placement decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="68"/>
        <source>Open child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="115"/>
        <source>{0} reviews overdue, {1} listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="156"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="157"/>
        <source>{0} — level: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="60"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="65"/>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="111"/>
        <source>Goals worked on in the selected month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="146"/>
        <source>Saved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="148"/>
        <source>No plan for this term yet: fill in the months and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="105"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="105"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="105"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="107"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="108"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="109"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="258"/>
        <source>Validation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="261"/>
        <source>Red: rejected; yellow: normalised or worth a look. Hover over a cell for the reason. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="266"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="266"/>
        <source>Rejected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="267"/>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="267"/>
        <source>Valid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="270"/>
        <source>Export rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="288"/>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="290"/>
        <source>Reading and validating every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="304"/>
        <source>{0} rows: {1} valid, {2} with warnings, {3} rejected. Valid rows and rows with warnings will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="311"/>
        <source>The table shows the first {0} rows of each kind; all rows are counted and imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="326"/>
        <source>Validation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="338"/>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="338"/>
        <source>rejected rows.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="345"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="348"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="348"/>
        <source>{0} rows written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="76"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="80"/>
        <source>Child&apos;s file (one child, one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="81"/>
        <location filename="../../ui/printing/preview_dialog.py" line="179"/>
        <source>Placement notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="83"/>
        <location filename="../../ui/printing/preview_dialog.py" line="164"/>
        <source>Print ID and phone numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="85"/>
        <source>Masked by default (e.g. 500237********1234); applies to this print only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="87"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="88"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="89"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="90"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="91"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="98"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="142"/>
        <source>Generating the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="161"/>
        <source>{0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="162"/>
        <source>ID and phone numbers are masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="179"/>
        <source>Child file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="189"/>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="197"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="197"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="222"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="222"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="223"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="236"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="237"/>
        <source>The printer could not be opened; check the printer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="240"/>
        <source>Sent to the printer: {0} pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="52"/>
        <source>Progress by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="73"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="28"/>
        <source>Pages &amp;per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="29"/>
        <source>Page &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="104"/>
        <source>Log a team&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="124"/>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="127"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="139"/>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="141"/>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="147"/>
        <source>One row per child visited. Tick what was delivered; for a visit that did not happen, choose the reason instead. Nothing is saved unless every row is right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="95"/>
        <location filename="../../ui/records/assessments_tab.py" line="116"/>
        <location filename="../../ui/records/scheme_tab.py" line="45"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="97"/>
        <location filename="../../ui/records/assessments_tab.py" line="115"/>
        <location filename="../../ui/records/compliance_page.py" line="137"/>
        <location filename="../../ui/records/lessons_tab.py" line="44"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="100"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="101"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="102"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="104"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="117"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="119"/>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="128"/>
        <source>Goals assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/background.py" line="82"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/background.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/background.py" line="84"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/common.py" line="58"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="54"/>
        <source>Child, team, school or township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="55"/>
        <location filename="../../ui/records/compliance_page.py" line="140"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="56"/>
        <location filename="../../ui/records/compliance_page.py" line="139"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="58"/>
        <source>Children counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="61"/>
        <source>Children short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="66"/>
        <source>Visits required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="71"/>
        <source>Visits delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="76"/>
        <source>Visits short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="82"/>
        <source>Class hours required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="87"/>
        <source>Class hours delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="92"/>
        <source>Class hours short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="98"/>
        <location filename="../../ui/records/visits_tab.py" line="114"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="100"/>
        <location filename="../../ui/records/visits_tab.py" line="119"/>
        <source>Make-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="102"/>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="104"/>
        <source>Reasons for missed visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="128"/>
        <source>Due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="130"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="132"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="138"/>
        <location filename="../../ui/records/quick_entry.py" line="58"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="141"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="47"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="48"/>
        <location filename="../../ui/records/lessons_tab.py" line="58"/>
        <source>Textbook unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="50"/>
        <source>For visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="57"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="72"/>
        <location filename="../../ui/records/visits_tab.py" line="88"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="75"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="80"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="84"/>
        <source>Planned visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="90"/>
        <source>Planned class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="63"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="68"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="74"/>
        <source>Not done because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="79"/>
        <location filename="../../ui/records/visits_tab.py" line="71"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="84"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="50"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="55"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="60"/>
        <source>Measurable criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="66"/>
        <source>Every goal needs a measurable criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="71"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="76"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="81"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="48"/>
        <source> · make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="57"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="58"/>
        <source>Visit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="60"/>
        <source>Five deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="65"/>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="69"/>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="75"/>
        <source>Make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="91"/>
        <source> (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="95"/>
        <source>Required visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="100"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="106"/>
        <source>Required hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="109"/>
        <source>Delivered hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryColumns</name>
    <message>
        <location filename="../../ui/registry/columns.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="61"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="67"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="75"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="82"/>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="88"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="94"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="100"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="106"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="112"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="119"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="125"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="131"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="136"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="139"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="145"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/columns.py" line="163"/>
        <source>五有 marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../../ui/registry/export.py" line="30"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="55"/>
        <source>children-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="60"/>
        <source>Export the view to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="62"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="74"/>
        <source>Exported {0} children to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="82"/>
        <source>Exporting the register…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../ui/registry/model.py" line="35"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/model.py" line="36"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/model.py" line="37"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/model.py" line="286"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../ui/registry/page.py" line="43"/>
        <source>Children register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="77"/>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="78"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="79"/>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="80"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="81"/>
        <source>五有 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="82"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="83"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="84"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="106"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="132"/>
        <source>{0} children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="133"/>
        <source>{0} children match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="175"/>
        <source>The register cannot be sorted by this column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../ui/placement/models.py" line="78"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="78"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="78"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="78"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="88"/>
        <source>{0} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="89"/>
        <source>due in {0} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteStops</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="137"/>
        <source>Back to base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="146"/>
        <source>Village centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="151"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="152"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="153"/>
        <source>Arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="154"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="155"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="156"/>
        <source>Leg (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="157"/>
        <source>Leg (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="158"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCalendar</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="66"/>
        <source>{n} homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="70"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="72"/>
        <source>Team leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="83"/>
        <source>{n} homes, {m} min and {km} km of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="93"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="94"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="95"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="96"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="97"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="98"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/models.py" line="99"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../ui/schedule/page.py" line="74"/>
        <source>Compute schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="75"/>
        <location filename="../../ui/schedule/page.py" line="262"/>
        <location filename="../../ui/schedule/page.py" line="269"/>
        <source>Re-plan the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="76"/>
        <source>Re-plan the rest of the month from a chosen day after the cancellations and team leave on record, changing as little as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="77"/>
        <location filename="../../ui/schedule/page.py" line="317"/>
        <source>Write to visit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="78"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="83"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="85"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="114"/>
        <source>Changes from the previous plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="121"/>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="180"/>
        <location filename="../../ui/schedule/page.py" line="288"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="181"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="199"/>
        <source>Scheduling: {done} of {total} teams done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="205"/>
        <source>Error: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="208"/>
        <source>Cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="236"/>
        <source>Reading the visits of {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="253"/>
        <source>Scheduling {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="263"/>
        <source>Re-plan from which day (earlier visits stay as they are):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="269"/>
        <source>“{text}” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="283"/>
        <source>Re-planning from {day}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="288"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="288"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="289"/>
        <source>retimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="297"/>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="315"/>
        <source>Write {n} planned visits to the records? The previous schedule&apos;s visits of this month that are not done yet are archived and replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="322"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="327"/>
        <source>{n} planned visits written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="334"/>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="334"/>
        <source>schedule-{month}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="335"/>
        <source>Route sheets PDF (*.pdf);;Excel (*.xlsx);;Phone calendar (*.ics);;Plan file JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="347"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="349"/>
        <source>Exported: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="362"/>
        <source> (no visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="372"/>
        <source>{month}: {routes} routes, {visits} visits, {km} km and {minutes} min of travel; {missing} unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="376"/>
        <source>(not yet written to the records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="378"/>
        <source>{month} has no schedule yet; click “Compute schedule”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="386"/>
        <source>{name}: {n} missing — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="418"/>
        <source>No route this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="420"/>
        <source>{date}: leave {depart}, back {ret}; {n} homes, {m} min and {km} km of travel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeTab</name>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="107"/>
        <source>Copy last year&apos;s scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="110"/>
        <source>Save scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="114"/>
        <source>School year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="122"/>
        <source>Present levels by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="158"/>
        <source>(any term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="161"/>
        <source>Add long-term goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="164"/>
        <source>Add term goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="167"/>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="174"/>
        <source>Goals (double-click a cell to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="186"/>
        <source>Guardian agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="193"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="200"/>
        <source>Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="205"/>
        <source>Supports and aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="206"/>
        <source>Implementation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="207"/>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="208"/>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="209"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="256"/>
        <source>No scheme for this school year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="258"/>
        <source>{0} goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="17"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="29"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="31"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="57"/>
        <source>The new language applies the next time the application starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <location filename="../../ui/startup.py" line="116"/>
        <location filename="../../ui/startup.py" line="125"/>
        <location filename="../../ui/startup.py" line="169"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <location filename="../../ui/startup.py" line="131"/>
        <location filename="../../ui/startup.py" line="150"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="108"/>
        <location filename="../../ui/startup.py" line="134"/>
        <source>Choose another database or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="166"/>
        <source>Creating the demo county…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <location filename="../../ui/terms_model.py" line="32"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_model.py" line="32"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_model.py" line="32"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/placement/models.py" line="116"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="116"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="116"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="123"/>
        <source>Assessment: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="124"/>
        <source>recommended {0}; members: {1}; tools: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="128"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="131"/>
        <source>Placement: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="136"/>
        <source>team {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="139"/>
        <source>differs from the recommended {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/models.py" line="144"/>
        <source>review due {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TownshipChart</name>
    <message>
        <location filename="../../ui/coverage/charts.py" line="50"/>
        <source>Exception recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/charts.py" line="51"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/charts.py" line="60"/>
        <source>School-age children by township and placement (reference date {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TownshipModel</name>
    <message>
        <location filename="../../ui/coverage/models.py" line="64"/>
        <source>County total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="71"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="72"/>
        <source>School-age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="73"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="74"/>
        <source>Exception recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="75"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="76"/>
        <source>Enrolment rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/records/visit_form.py" line="58"/>
        <source>At the child&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="66"/>
        <source>Home visit — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="68"/>
        <source>Home visit of {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="98"/>
        <source>(the norms in force count a parent class as a visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="100"/>
        <source>(the norms in force do not count a parent class as a visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="134"/>
        <source>Five deliveries (五送) — tick at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="142"/>
        <source>What was delivered, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="153"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="159"/>
        <source>Guardian present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="163"/>
        <source>Guardian confirmed (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="168"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="176"/>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="188"/>
        <source>Make-up of a cancelled visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="191"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="192"/>
        <source>Visit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="193"/>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="194"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="194"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="195"/>
        <source>Teachers present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="196"/>
        <source>Place of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="198"/>
        <source>Lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="199"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="200"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="201"/>
        <source>Cancelled because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="208"/>
        <source>Attach a photo or signature scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="220"/>
        <source>(save the visit first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="221"/>
        <source>Photos and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="248"/>
        <source>{0} min = {1:g} class hours (at {2} min; norm {3:g} per visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="299"/>
        <source>Choose a photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="299"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="189"/>
        <source>Record a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="190"/>
        <source>Plan a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="191"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="192"/>
        <source>Cancel with reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="193"/>
        <source>Plan make-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="224"/>
        <source>Against the norm, {0} (as of today)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <location filename="../../ui/workload_page.py" line="45"/>
        <source>Teacher workload and annual class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="53"/>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="55"/>
        <source>Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="59"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="74"/>
        <source>Teacher workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="75"/>
        <source>Annual class hours per child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="99"/>
        <source>    {0}-{1:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="120"/>
        <source>Counting workload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="125"/>
        <source>Norms in force: {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="129"/>
        <source>School year {0}–{1}, as of {2}; the annual target ({3} class hours) is pro-rated by the days each child was placed in home teaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="143"/>
        <source>Save the workload report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="161"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="162"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="168"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="169"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="170"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="171"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="172"/>
        <source>Parent classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="173"/>
        <source>Children taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="175"/>
        <source>Class hours taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="181"/>
        <source>Workload credited (class hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="191"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="192"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="194"/>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="200"/>
        <source>Owed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="206"/>
        <source>Class hours delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="212"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="219"/>
        <source>Still needed this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
