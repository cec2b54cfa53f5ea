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
        <location filename="../../ui/about.py" line="19"/>
        <source>Version {version}&lt;br&gt;Qt for Python {qt}&lt;br&gt;Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="20"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="27"/>
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
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/importing/check_page.py" line="73"/>
        <source>Run the cross-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="75"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="80"/>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="81"/>
        <source>Resolved findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="82"/>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="87"/>
        <source>All kinds of finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="128"/>
        <source>Follow-up (two questions, one visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="129"/>
        <location filename="../../ui/importing/check_page.py" line="247"/>
        <source>Choose a finding on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="142"/>
        <source>e.g. Director Wang of the village committee / teacher Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="144"/>
        <source>What was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="146"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="150"/>
        <source>Conclusion, e.g. “in school in another province with the parents”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="152"/>
        <source>Mark as resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="154"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="160"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="161"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="162"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="163"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="187"/>
        <source>Lists compared: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="189"/>
        <source>{0} ({1}, {2}, {3} rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="198"/>
        <source>No federation, school-register, household or poverty list imported yet; only the children&apos;s records are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="207"/>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="214"/>
        <source>{0} open, {1} resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="254"/>
        <source>Resolved: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="258"/>
        <source>Comparing the lists with the children&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="262"/>
        <source>The cross-check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="270"/>
        <source>Choose a finding first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="305"/>
        <source>Export the cross-check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="306"/>
        <source>cross-check report.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="314"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="317"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="317"/>
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
    <name>CoverageExport</name>
    <message>
        <location filename="../../ui/coverage/export.py" line="22"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="24"/>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="25"/>
        <source>Age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="26"/>
        <location filename="../../ui/coverage/export.py" line="39"/>
        <source>School-age children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="27"/>
        <location filename="../../ui/coverage/export.py" line="40"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="28"/>
        <location filename="../../ui/coverage/export.py" line="41"/>
        <source>Exception recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="29"/>
        <location filename="../../ui/coverage/export.py" line="42"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="30"/>
        <location filename="../../ui/coverage/export.py" line="43"/>
        <source>Enrolment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="35"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="38"/>
        <location filename="../../ui/coverage/export.py" line="68"/>
        <location filename="../../ui/coverage/export.py" line="94"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="53"/>
        <location filename="../../ui/coverage/export.py" line="77"/>
        <source>County total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="63"/>
        <source>Level x placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="69"/>
        <location filename="../../ui/coverage/export.py" line="96"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="72"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="85"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="90"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="95"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="97"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="107"/>
        <source>NO REASON RECORDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="123"/>
        <source>coverage-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="128"/>
        <source>Export the coverage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="130"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="140"/>
        <source>Coverage report saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="142"/>
        <source>Exporting the coverage report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../ui/coverage/page.py" line="50"/>
        <source>Coverage — no child left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="60"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="66"/>
        <source>Reference date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="75"/>
        <source>School-age children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="76"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="77"/>
        <source>Exception recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="78"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="79"/>
        <source>Enrolment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="91"/>
        <source>Show these children in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="115"/>
        <source>Level × placement in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="124"/>
        <source>Record the reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="132"/>
        <source>School-age children without an active placement. Each needs a placement or a recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="140"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="141"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="142"/>
        <source>Level × placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="143"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="172"/>
        <source>{0} school-age, {1} placed, {2} not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="190"/>
        <source>Counting school-age children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="195"/>
        <source>ages {0}–{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="207"/>
        <source>the whole county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="260"/>
        <source>From the coverage report: school-age children (ages {0}–{1} on {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="287"/>
        <source>Choose a child in the exceptions list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="299"/>
        <source>Saving…</source>
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
        <location filename="../../ui/importing/wizard.py" line="345"/>
        <source>Resolve duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="348"/>
        <source>These rows are children already recorded (or earlier rows of the file). Tick the values to take from the file; with nothing ticked the record stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="354"/>
        <source>Keep all current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="355"/>
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
        <location filename="../../ui/coverage/page.py" line="317"/>
        <source>Why has this child no placement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="321"/>
        <source>e.g. in hospital for treatment until …; deferred entry approved by …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="337"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="338"/>
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
        <location filename="../../ui/importing/wizard.py" line="85"/>
        <location filename="../../ui/importing/wizard.py" line="120"/>
        <source>Choose the list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="88"/>
        <source>xlsx, xls and csv (UTF-8 or GBK) are read. Title rows and merged headers are recognised automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="95"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="96"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="107"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="108"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="109"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="110"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="122"/>
        <source>Lists (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="130"/>
        <source>Recognise the headers automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="48"/>
        <source>Search name, pinyin initials (zsl) or ID digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="56"/>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="57"/>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="58"/>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="59"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="62"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="63"/>
        <source>All disabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="66"/>
        <source>All placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="69"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="70"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="82"/>
        <source>Include archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="91"/>
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
        <location filename="../../ui/guardians_model.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guardians_model.py" line="86"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guardians_model.py" line="86"/>
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
        <location filename="../../ui/importing/wizard.py" line="377"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="380"/>
        <source>Start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="394"/>
        <source>{0} rows will be imported in one transaction ({1} rejected rows are left out). You can cancel half-way; the database then stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="403"/>
        <source>Writing to the database; cancelling leaves no change behind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="415"/>
        <source>Import finished: {0} children created, {1} updated, {2} rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="420"/>
        <source>Saved {1} rows of the {0}; compare them on the cross-check page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="429"/>
        <source>Import cancelled; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="432"/>
        <source>The import failed and the database was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="455"/>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="459"/>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="460"/>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="461"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="462"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Special Education Placement and Home Teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;New child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Open or connect a &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;About…</source>
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
        <location filename="../../ui/importing/wizard.py" line="179"/>
        <source>Check the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="186"/>
        <source>Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="199"/>
        <source>“{0}”, sheet “{1}”: the header is on row {2}. Check each column; correct it under “Field”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="224"/>
        <source>Still missing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="228"/>
        <source>{0} columns mapped; unmapped columns are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="240"/>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="240"/>
        <source>Preset name (e.g. “county federation 2024”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="248"/>
        <source>Could not save</source>
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
        <location filename="../../ui/default_pages.py" line="45"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="53"/>
        <source>Assessment &amp; placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="61"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="69"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="52"/>
        <source>Placement decision: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="60"/>
        <source>No assessed level yet: record the expert committee&apos;s assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="62"/>
        <source>Assessed level: {0}. The county&apos;s rule recommends: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="68"/>
        <source>Assess first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="79"/>
        <source> (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="104"/>
        <source>e.g. 三年级（2）班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="109"/>
        <source>(choose a team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="120"/>
        <source>School *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="121"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="126"/>
        <source>Special school *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="131"/>
        <source>Responsible school *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="132"/>
        <source>Teacher team *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="152"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="155"/>
        <source>Effective date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="156"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="191"/>
        <source>(choose a school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="227"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="227"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="229"/>
        <source>Required: why the committee decided differently from the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="231"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="301"/>
        <source>{0} placed: {1} from {2}; review due {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="312"/>
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
        <location filename="../../ui/importing/wizard.py" line="255"/>
        <source>Validation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="258"/>
        <source>Red: rejected; yellow: normalised or worth a look. Hover over a cell for the reason. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="263"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="263"/>
        <source>Rejected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="264"/>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="264"/>
        <source>Valid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="267"/>
        <source>Export rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="285"/>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="287"/>
        <source>Reading and validating every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="301"/>
        <source>{0} rows: {1} valid, {2} with warnings, {3} rejected. Valid rows and rows with warnings will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="315"/>
        <source>Validation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="327"/>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="327"/>
        <source>rejected rows.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="334"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="337"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="337"/>
        <source>{0} rows written to {1}</source>
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
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../../ui/registry/export.py" line="28"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="53"/>
        <source>children-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="58"/>
        <source>Export the view to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="60"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="72"/>
        <source>Exported {0} children to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="80"/>
        <source>Exporting the register…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../ui/registry/model.py" line="222"/>
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
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="82"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="103"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="127"/>
        <source>{0} children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="128"/>
        <source>{0} children match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="170"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="16"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="28"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="30"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="52"/>
        <source>The new language applies the next time the application starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="88"/>
        <location filename="../../ui/startup.py" line="97"/>
        <location filename="../../ui/startup.py" line="141"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="103"/>
        <location filename="../../ui/startup.py" line="122"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="106"/>
        <source>Choose another database or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="138"/>
        <source>Creating the demo county…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <location filename="../../ui/terms_model.py" line="65"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_model.py" line="65"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_model.py" line="65"/>
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
</TS>
