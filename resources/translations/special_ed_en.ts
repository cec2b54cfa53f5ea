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
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="81"/>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="81"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="81"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="81"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="82"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="82"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="94"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="94"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="96"/>
        <source>locked until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="98"/>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="167"/>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="167"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="168"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="168"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="207"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="216"/>
        <location filename="../../ui/admin_pages.py" line="231"/>
        <source>Choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="235"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="236"/>
        <source>New password for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ui/child_form.py" line="640"/>
        <source>Archive {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="643"/>
        <source>Archived children leave the register and the counts but are never deleted; their file and history stay. Why is this child archived?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="651"/>
        <source>e.g. moved out of the county on 2026-03-01 (transfer letter no. …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="657"/>
        <location filename="../../ui/child_form.py" line="679"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="680"/>
        <source>This child is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="694"/>
        <source>{0} archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="699"/>
        <source>Archiving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="129"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="130"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="133"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="136"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="139"/>
        <source>Allowed: {0}; at most {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="163"/>
        <source>Choose a scan or photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="165"/>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="206"/>
        <source>Archive attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="206"/>
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
        <location filename="../../ui/records/assessments_tab.py" line="155"/>
        <source>Scores by domain (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="161"/>
        <location filename="../../ui/records/assessments_tab.py" line="229"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="165"/>
        <source>Attainment of goals (0 = not yet … 4 = achieved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="170"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="171"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="173"/>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="177"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="178"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="179"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="48"/>
        <source>SHA-256 (verified): {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="106"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="106"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="106"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="106"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="106"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="107"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="107"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="258"/>
        <source>login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="260"/>
        <source>child number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="262"/>
        <source>all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="265"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="271"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="273"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="275"/>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="278"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="278"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="279"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="296"/>
        <source>The child number must be a number: “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="315"/>
        <source>{0} entries (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="326"/>
        <source>Export the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="327"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="333"/>
        <source>Exported {0} entries to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="334"/>
        <source>Exporting the audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="341"/>
        <source>The audit is complete: {0} entries, no break in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="348"/>
        <source>The audit was tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="350"/>
        <source>Verifying the audit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="56"/>
        <source>Batch print files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="61"/>
        <source>{0} children match the current filter; each gets a child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="64"/>
        <source>Child files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="65"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="70"/>
        <source>One PDF per child, in a folder per township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="71"/>
        <source>One merged PDF (bookmarked by township and name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="76"/>
        <source>Print ID and phone numbers in full (masked by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="82"/>
        <source>Start printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="85"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="87"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="90"/>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="91"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="114"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="140"/>
        <source>Preparing (starting worker processes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="161"/>
        <source>Cancelling; waiting for the files in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="179"/>
        <source>Done {0}/{1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="185"/>
        <source>Finished: {0} files, {1} pages in {2:.1f} s, saved in {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="128"/>
        <source>Cancel the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="136"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="137"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/login.py" line="115"/>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="118"/>
        <source>This password was set by an administrator: choose your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="126"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="127"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="131"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/importing/check_page.py" line="82"/>
        <source>Run the cross-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="84"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="89"/>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="90"/>
        <source>Resolved findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="91"/>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="96"/>
        <source>All kinds of finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="144"/>
        <source>Follow-up (two questions, one visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="145"/>
        <location filename="../../ui/importing/check_page.py" line="272"/>
        <source>Choose a finding on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="158"/>
        <source>e.g. Director Wang of the village committee / teacher Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="160"/>
        <source>What was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="162"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="166"/>
        <source>Conclusion, e.g. “in school in another province with the parents”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="168"/>
        <source>Mark as resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="170"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="176"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="177"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="178"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="179"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="203"/>
        <source>Reading the findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="211"/>
        <source>Lists compared: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="213"/>
        <source>{0} ({1}, {2}, {3} rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="222"/>
        <source>No federation, school-register, household or poverty list imported yet; only the children&apos;s records are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="231"/>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="238"/>
        <source>{0} open, {1} resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="279"/>
        <source>Resolved: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="287"/>
        <source>Comparing the lists with the children&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="288"/>
        <source>The cross-check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="294"/>
        <source>Choose a finding first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="308"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="332"/>
        <source>Export the cross-check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="333"/>
        <source>cross-check report.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="344"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="345"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="342"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="342"/>
        <source>{0} findings written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../ui/child_form.py" line="77"/>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="77"/>
        <source>Child: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="86"/>
        <source>Basic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="87"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="88"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="89"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="90"/>
        <source>School register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="105"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="109"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="115"/>
        <source>Archived on {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="156"/>
        <location filename="../../ui/child_form.py" line="173"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="164"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="168"/>
        <source>18 characters; birth date and sex are read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="183"/>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="185"/>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="203"/>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="204"/>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="205"/>
        <source>Sex *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="206"/>
        <source>Birth date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="207"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="208"/>
        <source>Township *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="209"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="210"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="211"/>
        <source>Home coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="221"/>
        <location filename="../../ui/child_form.py" line="278"/>
        <location filename="../../ui/child_form.py" line="322"/>
        <location filename="../../ui/child_form.py" line="445"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="234"/>
        <source>Add guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="237"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="255"/>
        <source>Holds a disability certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="260"/>
        <source>ID + category + grade, e.g. …5023 (20–22 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="280"/>
        <source>Grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="283"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="296"/>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="298"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="299"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="300"/>
        <source>Level (committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="338"/>
        <source>School-register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="339"/>
        <source>Register school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="340"/>
        <source>Year (grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="341"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="342"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="343"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="476"/>
        <source>From the certificate: {0}, grade {1} (suggested level: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="530"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="538"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="594"/>
        <source>The draft could not be saved on this PC: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildRecordsDialog</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="73"/>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="74"/>
        <source>Records of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="91"/>
        <source>五有 for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="103"/>
        <source>Scheme 方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="104"/>
        <source>Plan 计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="105"/>
        <source>Lesson plans 教案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="106"/>
        <source>Assessments 评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="107"/>
        <source>Archive 档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="108"/>
        <source>Visits 送教记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="230"/>
        <source>Home teaching against the norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="247"/>
        <source>By child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="247"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="247"/>
        <source>By school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="247"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="252"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="253"/>
        <source>Log a team&apos;s day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="263"/>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="264"/>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="277"/>
        <source>Shortfalls are added up child by child and month by month: visits beyond the norm in one month or for one child do not make up for another, so the shortfall can exceed required minus delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="299"/>
        <source>Due this week / overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="328"/>
        <source>Computing compliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="337"/>
        <source>{term}, {start} to {end}: {children} children taught at home, {short} short of the norm. Visits {delivered}/{required} (short {svisits}); class hours {dh:g}/{rh:g} (short {sh:g}); {cancelled} cancelled ({reasons}), {makeups} made up, {not_logged} planned but not logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageExport</name>
    <message>
        <location filename="../../ui/coverage/export.py" line="31"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="33"/>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="34"/>
        <source>Age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="35"/>
        <location filename="../../ui/coverage/export.py" line="49"/>
        <source>School-age children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="36"/>
        <location filename="../../ui/coverage/export.py" line="50"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="37"/>
        <location filename="../../ui/coverage/export.py" line="51"/>
        <source>Exception recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="38"/>
        <location filename="../../ui/coverage/export.py" line="52"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="39"/>
        <location filename="../../ui/coverage/export.py" line="53"/>
        <source>Enrolment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="44"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="48"/>
        <location filename="../../ui/coverage/export.py" line="78"/>
        <location filename="../../ui/coverage/export.py" line="106"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="62"/>
        <location filename="../../ui/coverage/export.py" line="87"/>
        <source>County total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="72"/>
        <source>Level x placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="79"/>
        <location filename="../../ui/coverage/export.py" line="108"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="82"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="96"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="101"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="105"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="107"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="109"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="120"/>
        <source>NO REASON RECORDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="137"/>
        <source>coverage-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="142"/>
        <source>Export the coverage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="144"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="154"/>
        <source>Coverage report saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="156"/>
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
    <name>Drafts</name>
    <message>
        <location filename="../../ui/drafts.py" line="170"/>
        <source>Damaged draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="171"/>
        <source>A draft of an unsaved form could not be read and was set aside, not deleted:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="179"/>
        <source>Unsaved form from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="180"/>
        <source>The form “{0}” was not saved when the program closed ({1}). Open it again with what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="189"/>
        <source>Open the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="192"/>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="194"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListWidget</name>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="171"/>
        <source>Filter by child, team or township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="195"/>
        <source>Checking what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="203"/>
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
        <location filename="../../ui/importing/wizard.py" line="352"/>
        <source>Resolve duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="355"/>
        <source>These rows are children already recorded (or earlier rows of the file). Tick the values to take from the file; with nothing ticked the record stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="361"/>
        <source>Keep all current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="362"/>
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
        <location filename="../../ui/importing/wizard.py" line="89"/>
        <location filename="../../ui/importing/wizard.py" line="124"/>
        <source>Choose the list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="92"/>
        <source>xlsx, xls and csv (UTF-8 or GBK) are read. Title rows and merged headers are recognised automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="99"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="100"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="111"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="112"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="113"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="114"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="126"/>
        <source>Lists (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="134"/>
        <source>Recognise the headers automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/registry/filter_bar.py" line="49"/>
        <source>Search name, pinyin initials (hxy) or ID digits…</source>
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
    <name>FormUndo</name>
    <message>
        <location filename="../../ui/form_undo.py" line="39"/>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="139"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="141"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="145"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="166"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_undo.py" line="167"/>
        <source>This form has changes that are not saved. Save them?</source>
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
        <location filename="../../ui/history_dialog.py" line="94"/>
        <source>History of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="65"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="66"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="67"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="68"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="69"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="384"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="387"/>
        <source>Start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="401"/>
        <source>{0} rows will be imported in one transaction ({1} rejected rows are left out). You can cancel half-way; the database then stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="413"/>
        <source>Writing to the database; cancelling leaves no change behind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="420"/>
        <source>Import finished: {0} children created, {1} updated, {2} rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="425"/>
        <source>Saved {1} rows of the {0}; compare them on the cross-check page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="434"/>
        <source>Import cancelled; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="437"/>
        <source>The import failed and the database was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="461"/>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="465"/>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="466"/>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="467"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="468"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="77"/>
        <source>New lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="79"/>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="84"/>
        <source>Lesson plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="87"/>
        <source>Template library of the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="109"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="110"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="111"/>
        <source>Textbook unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="112"/>
        <source>For visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="113"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="114"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="115"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="116"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="117"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="118"/>
        <source>Save lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="121"/>
        <source>Save as school template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="128"/>
        <source>Lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="143"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="95"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="101"/>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="102"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="103"/>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="65"/>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Special Education Placement and Home Teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Demo data (changes are lost on the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;New child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>&amp;Import agency lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Batch print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108"/>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Open or connect a &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;About…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakeupDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="150"/>
        <source>Plan the make-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="158"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="159"/>
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
        <location filename="../../ui/importing/wizard.py" line="183"/>
        <source>Check the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="190"/>
        <source>Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="203"/>
        <source>“{0}”, sheet “{1}”: the header is on row {2}. Check each column; correct it under “Field”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="228"/>
        <source>Still missing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="232"/>
        <source>{0} columns mapped; unmapped columns are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="244"/>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="244"/>
        <source>Preset name (e.g. “county federation 2024”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="252"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksBar</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="47"/>
        <source>Not taught at home this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="52"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="53"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="54"/>
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
        <location filename="../../ui/printing/summary_dialog.py" line="40"/>
        <source>Monthly home-teaching summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="43"/>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="46"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="47"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="48"/>
        <source>home-teaching-summary_{0:%Y%m}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="49"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="56"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="57"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="59"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="62"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="63"/>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="64"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="78"/>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="78"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="96"/>
        <location filename="../../ui/printing/summary_dialog.py" line="97"/>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="105"/>
        <source>Generated {0} ({1} pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/admin_pages.py" line="118"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="126"/>
        <source>township, school or team name (for those roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="131"/>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="132"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="133"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="134"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="135"/>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_pages.py" line="136"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NormPresetSelector</name>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="28"/>
        <source>Home-teaching norms preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="35"/>
        <source>Custom (the county&apos;s own figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="37"/>
        <source>Use this preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="63"/>
        <source>Reading the norms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="73"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="74"/>
        <source>In force: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="76"/>
        <source> (figures edited after the preset was chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="84"/>
        <source>The county&apos;s own figures, as entered in the norms below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="86"/>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="97"/>
        <source>Preset in force; required visits and class hours recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norm_preset_selector.py" line="104"/>
        <source>Applying the preset…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NormsEditor</name>
    <message>
        <location filename="../../ui/norms_editor.py" line="60"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="62"/>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="63"/>
        <source>Region code (6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="65"/>
        <source>Placement rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="68"/>
        <source>Certificate grade → level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="76"/>
        <source>Grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="82"/>
        <source>Level → recommended placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="93"/>
        <location filename="../../ui/norms_editor.py" line="94"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="103"/>
        <source> (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="104"/>
        <source> (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="112"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="113"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="114"/>
        <source>Compulsory education and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="116"/>
        <source>Compulsory age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="118"/>
        <source>Reference date (each year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="120"/>
        <source>Class hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="122"/>
        <source>Placement review every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="134"/>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="136"/>
        <source>Remove selected term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="142"/>
        <source>Terms (dates as YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="152"/>
        <source>Save the norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="155"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="157"/>
        <source>These norms are stored in the database and shared by every office using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="253"/>
        <source>Norms saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="259"/>
        <source>Saving the norms…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="202"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="202"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="204"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="219"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/default_pages.py" line="80"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="82"/>
        <source>Assessment &amp; placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="84"/>
        <source>Home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="86"/>
        <source>Workload &amp; class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="88"/>
        <source>Visit schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="90"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="92"/>
        <source>Cross-check (三查)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="94"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="96"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="98"/>
        <source>Audit</source>
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
        <location filename="../../ui/records/plan_tab.py" line="63"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="68"/>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="114"/>
        <source>Goals worked on in the selected month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="149"/>
        <source>Saved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="151"/>
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
        <location filename="../../ui/importing/wizard.py" line="259"/>
        <source>Validation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="262"/>
        <source>Red: rejected; yellow: normalised or worth a look. Hover over a cell for the reason. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="267"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="267"/>
        <source>Rejected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="268"/>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="268"/>
        <source>Valid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="271"/>
        <source>Export rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="289"/>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="293"/>
        <source>Reading and validating every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <source>{0} rows: {1} valid, {2} with warnings, {3} rejected. Valid rows and rows with warnings will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="307"/>
        <source>The table shows the first {0} rows of each kind; all rows are counted and imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="322"/>
        <source>Validation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="334"/>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="334"/>
        <source>rejected rows.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="341"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="344"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="344"/>
        <source>{0} rows written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="72"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="76"/>
        <source>Child&apos;s file (one child, one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="77"/>
        <location filename="../../ui/printing/preview_dialog.py" line="175"/>
        <source>Placement notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="79"/>
        <location filename="../../ui/printing/preview_dialog.py" line="160"/>
        <source>Print ID and phone numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="81"/>
        <source>Masked by default (e.g. 500237********1234); applies to this print only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="83"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="84"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="85"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="86"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="87"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="94"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="139"/>
        <location filename="../../ui/printing/preview_dialog.py" line="141"/>
        <source>Generating the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="157"/>
        <source>{0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="158"/>
        <source>ID and phone numbers are masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="175"/>
        <source>Child file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="185"/>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="193"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="193"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="218"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="218"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="219"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="232"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="233"/>
        <source>The printer could not be opened; check the printer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="236"/>
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
        <location filename="../../ui/records/quick_entry.py" line="106"/>
        <source>Log a team&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="127"/>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="130"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="142"/>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="144"/>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="150"/>
        <source>One row per child visited. Tick what was delivered; for a visit that did not happen, choose the reason instead. Nothing is saved unless every row is right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="98"/>
        <location filename="../../ui/records/assessments_tab.py" line="117"/>
        <location filename="../../ui/records/scheme_tab.py" line="47"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="100"/>
        <location filename="../../ui/records/assessments_tab.py" line="116"/>
        <location filename="../../ui/records/compliance_page.py" line="147"/>
        <location filename="../../ui/records/lessons_tab.py" line="46"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="103"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="104"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="105"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="107"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="118"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="120"/>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="129"/>
        <source>Goals assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/common.py" line="66"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/common.py" line="90"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="61"/>
        <source>Child, team, school or township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="62"/>
        <location filename="../../ui/records/compliance_page.py" line="150"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="63"/>
        <location filename="../../ui/records/compliance_page.py" line="149"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="65"/>
        <source>Children counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="68"/>
        <source>Children short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="73"/>
        <source>Visits required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="78"/>
        <source>Visits delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="83"/>
        <source>Visits short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="89"/>
        <source>Class hours required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="94"/>
        <source>Class hours delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="99"/>
        <source>Class hours short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="105"/>
        <location filename="../../ui/records/visits_tab.py" line="115"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="107"/>
        <location filename="../../ui/records/visits_tab.py" line="120"/>
        <source>Make-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="109"/>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="111"/>
        <source>Reasons for missed visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="138"/>
        <source>Due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="140"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="142"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="148"/>
        <location filename="../../ui/records/quick_entry.py" line="60"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="151"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="49"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="50"/>
        <location filename="../../ui/records/lessons_tab.py" line="60"/>
        <source>Textbook unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="52"/>
        <source>For visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="59"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="75"/>
        <location filename="../../ui/records/visits_tab.py" line="89"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="78"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="83"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="87"/>
        <source>Planned visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="93"/>
        <source>Planned class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="65"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="70"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="76"/>
        <source>Not done because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="81"/>
        <location filename="../../ui/records/visits_tab.py" line="72"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="86"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="52"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="57"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="62"/>
        <source>Measurable criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="68"/>
        <source>Every goal needs a measurable criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="73"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="78"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="83"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="49"/>
        <source> · make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="58"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="59"/>
        <source>Visit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="61"/>
        <source>Five deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="66"/>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="70"/>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="76"/>
        <source>Make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="92"/>
        <source> (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="96"/>
        <source>Required visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="101"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="107"/>
        <source>Required hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="110"/>
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
        <location filename="../../ui/registry/export.py" line="34"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="62"/>
        <source>children-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="67"/>
        <source>Export the view to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="69"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="82"/>
        <source>Full ID numbers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="83"/>
        <source>Write the resident ID numbers in full? Choose No to mask them (the safer choice); a full export is recorded in the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="95"/>
        <source>Exported {0} children to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="103"/>
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
        <location filename="../../ui/registry/page.py" line="79"/>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="80"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="81"/>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="82"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="83"/>
        <source>五有 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="84"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="85"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="86"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="109"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="135"/>
        <source>{0} children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="136"/>
        <source>{0} children match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="178"/>
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
        <location filename="../../ui/schedule/page.py" line="75"/>
        <source>Compute schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="76"/>
        <location filename="../../ui/schedule/page.py" line="244"/>
        <location filename="../../ui/schedule/page.py" line="251"/>
        <source>Re-plan the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="77"/>
        <source>Re-plan the rest of the month from a chosen day after the cancellations and team leave on record, changing as little as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="78"/>
        <location filename="../../ui/schedule/page.py" line="298"/>
        <source>Write to visit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="79"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="84"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="86"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="115"/>
        <source>Changes from the previous plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="122"/>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="269"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="203"/>
        <source>Error: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="200"/>
        <source>Cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="219"/>
        <source>Reading the visits of {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="235"/>
        <source>Scheduling {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="245"/>
        <source>Re-plan from which day (earlier visits stay as they are):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="251"/>
        <source>“{text}” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="263"/>
        <source>Re-planning from {day}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="269"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="269"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="270"/>
        <source>retimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="278"/>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="296"/>
        <source>Write {n} planned visits to the records? The previous schedule&apos;s visits of this month that are not done yet are archived and replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="303"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="307"/>
        <source>{n} planned visits written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="314"/>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="314"/>
        <source>schedule-{month}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="315"/>
        <source>Route sheets PDF (*.pdf);;Excel (*.xlsx);;Phone calendar (*.ics);;Plan file JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="326"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="333"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="336"/>
        <source>Exported: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="348"/>
        <source> (no visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="358"/>
        <source>{month}: {routes} routes, {visits} visits, {km} km and {minutes} min of travel; {missing} unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="362"/>
        <source>(not yet written to the records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="364"/>
        <source>{month} has no schedule yet; click “Compute schedule”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="372"/>
        <source>{name}: {n} missing — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="404"/>
        <source>No route this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="406"/>
        <source>{date}: leave {depart}, back {ret}; {n} homes, {m} min and {km} km of travel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeTab</name>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="110"/>
        <source>Copy last year&apos;s scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="113"/>
        <source>Save scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="117"/>
        <source>School year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="125"/>
        <source>Present levels by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="161"/>
        <source>(any term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="164"/>
        <source>Add long-term goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="167"/>
        <source>Add term goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="170"/>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="177"/>
        <source>Goals (double-click a cell to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="189"/>
        <source>Guardian agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="196"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="203"/>
        <source>Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="208"/>
        <source>Supports and aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="209"/>
        <source>Implementation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="210"/>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="211"/>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="212"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="259"/>
        <source>No scheme for this school year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="261"/>
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
        <location filename="../../ui/startup.py" line="112"/>
        <location filename="../../ui/startup.py" line="123"/>
        <location filename="../../ui/startup.py" line="235"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="131"/>
        <location filename="../../ui/startup.py" line="216"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="104"/>
        <location filename="../../ui/startup.py" line="134"/>
        <source>Choose another database or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="198"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="199"/>
        <source>Password of the database server {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="232"/>
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
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/login.py" line="143"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="145"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="146"/>
        <source>The window was locked after {0} minutes without use. {1}, enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="150"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/records/visit_form.py" line="60"/>
        <source>At the child&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="68"/>
        <source>Home visit — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="70"/>
        <source>Home visit of {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="100"/>
        <source>(the norms in force count a parent class as a visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="102"/>
        <source>(the norms in force do not count a parent class as a visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="136"/>
        <source>Five deliveries (五送) — tick at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="144"/>
        <source>What was delivered, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="155"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="161"/>
        <source>Guardian present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="165"/>
        <source>Guardian confirmed (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="170"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="178"/>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="190"/>
        <source>Make-up of a cancelled visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="193"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="194"/>
        <source>Visit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="195"/>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="196"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="196"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="197"/>
        <source>Teachers present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="198"/>
        <source>Place of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="200"/>
        <source>Lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="201"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="202"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="203"/>
        <source>Cancelled because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="210"/>
        <source>Attach a photo or signature scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="222"/>
        <source>(save the visit first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="223"/>
        <source>Photos and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="250"/>
        <source>{0} min = {1:g} class hours (at {2} min; norm {3:g} per visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="301"/>
        <source>Choose a photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="301"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="191"/>
        <source>Record a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="192"/>
        <source>Plan a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="193"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="194"/>
        <source>Cancel with reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="195"/>
        <source>Plan make-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="226"/>
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
<context>
    <name>_PasswordForm</name>
    <message>
        <location filename="../../ui/login.py" line="72"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
