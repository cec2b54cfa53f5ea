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
        <location filename="../../ui/child_form.py" line="711"/>
        <source>Archive {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="714"/>
        <source>Archived children leave the register and the counts but are never deleted; their file and history stay. Why is this child archived?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="722"/>
        <source>e.g. moved out of the county on 2026-03-01 (transfer letter no. …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="728"/>
        <location filename="../../ui/child_form.py" line="750"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="751"/>
        <source>This child is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="765"/>
        <source>{0} archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="770"/>
        <source>Archiving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="128"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="129"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="132"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="135"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="138"/>
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
        <location filename="../../ui/placement/assessment_dialog.py" line="45"/>
        <source>Expert-committee assessment: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="54"/>
        <source>e.g. 王老师 (education), 李医生 (rehabilitation), 张社工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="57"/>
        <source>e.g. adaptive behaviour scale, Gesell, observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="60"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="70"/>
        <source>Findings by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="82"/>
        <source>Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="83"/>
        <source>Committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="84"/>
        <source>Tools used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="85"/>
        <source>Concluded level *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="86"/>
        <source>Recommended placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="87"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="117"/>
        <source>(follows from the level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="121"/>
        <source>{0} (the county&apos;s rule for {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="154"/>
        <source>Assessment recorded: {0}, recommended {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/assessment_dialog.py" line="161"/>
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
        <location filename="../../ui/records/assessments_tab.py" line="235"/>
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
        <location filename="../../ui/records/archive_tab.py" line="50"/>
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
    <name>Backup</name>
    <message>
        <location filename="../../ui/backup_ui.py" line="62"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="72"/>
        <location filename="../../ui/backup_ui.py" line="139"/>
        <location filename="../../ui/backup_ui.py" line="237"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="74"/>
        <location filename="../../ui/backup_ui.py" line="140"/>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="98"/>
        <location filename="../../ui/backup_ui.py" line="186"/>
        <source>At least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="100"/>
        <location filename="../../ui/backup_ui.py" line="188"/>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="102"/>
        <location filename="../../ui/backup_ui.py" line="280"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="117"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="121"/>
        <location filename="../../ui/backup_ui.py" line="226"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="137"/>
        <source>Folder (USB stick or network share):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="138"/>
        <source>Backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="142"/>
        <source>The passphrase is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="144"/>
        <source>This computer has no keyring: the passphrase is asked for at the first start of each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="160"/>
        <source>On the first start of each day a backup is written to this folder; older ones are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="176"/>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="184"/>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="235"/>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="236"/>
        <source>New database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="247"/>
        <source>The database open now stays as it is; the backup is restored into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="274"/>
        <source>Choose the new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="276"/>
        <source>{0} exists already: choose a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="307"/>
        <source>&amp;Back up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="310"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="313"/>
        <source>&amp;Automatic backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="335"/>
        <source>Automatic backups are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="338"/>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="343"/>
        <source>Newest backup: today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="347"/>
        <source>Newest backup: yesterday {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="351"/>
        <source>Newest backup: {0} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="354"/>
        <source>{0} — over a week old, back up soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="368"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="370"/>
        <location filename="../../ui/backup_ui.py" line="414"/>
        <source>Backups (*.sebak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="379"/>
        <source>The backup is encrypted. Without this passphrase nobody can restore it — keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="391"/>
        <source>Backed up {0} rows to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="401"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="219"/>
        <location filename="../../ui/backup_ui.py" line="412"/>
        <location filename="../../ui/backup_ui.py" line="431"/>
        <location filename="../../ui/backup_ui.py" line="436"/>
        <location filename="../../ui/backup_ui.py" line="473"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="263"/>
        <source>Restore into a new database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="265"/>
        <source>Database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="444"/>
        <source>{0} rows were restored into {1}. Open it with File → Open or connect a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="453"/>
        <source>{0} rows were restored into {1}. Open it now (the window switches to it)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="463"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="513"/>
        <source>The automatic backup folder {0} is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="524"/>
        <source>Passphrase for today&apos;s automatic backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="533"/>
        <source>Automatic backup written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_ui.py" line="543"/>
        <source>Automatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="73"/>
        <source>Batch print files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="78"/>
        <source>{0} children match the current filter; each gets a child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="81"/>
        <source>Child files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="82"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="87"/>
        <source>One PDF per child, in a folder per township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="88"/>
        <source>One merged PDF (bookmarked by township and name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="89"/>
        <source>Straight to the printer (one print job per child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="96"/>
        <source>No printer is installed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="99"/>
        <source>One-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="100"/>
        <source>Both sides, bound on the long edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="101"/>
        <source>Both sides, bound on the short edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="108"/>
        <source>Print ID and phone numbers in full (masked by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="117"/>
        <source>Start printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="120"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="122"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="125"/>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="126"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="132"/>
        <source>Sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="161"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="211"/>
        <source>Preparing (starting worker processes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="240"/>
        <source>Cancelling; waiting for the files in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="252"/>
        <source>Done {0}/{1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch_dialog.py" line="258"/>
        <source>Finished: {0} files, {1} pages in {2:.1f} s, saved in {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="131"/>
        <source>Cancel the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="139"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="140"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases_page.py" line="73"/>
        <source>Dropout prevention (控辍保学)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="75"/>
        <source>Open cases only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="81"/>
        <source>Open a case from this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="88"/>
        <source>The month of the monthly form; the quarterly re-check takes its quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="90"/>
        <source>Monthly form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="93"/>
        <source>Quarterly re-check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="97"/>
        <source>Forms for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="105"/>
        <source>三查 finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="112"/>
        <location filename="../../ui/cases_page.py" line="130"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="113"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="115"/>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="119"/>
        <location filename="../../ui/cases_page.py" line="132"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="120"/>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="121"/>
        <source>Persuasion visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="122"/>
        <location filename="../../ui/cases_page.py" line="133"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="131"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="134"/>
        <source>Open at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="139"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="140"/>
        <source>Per township per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="143"/>
        <location filename="../../ui/cases_page.py" line="239"/>
        <source>Choose a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="148"/>
        <location filename="../../ui/cases_page.py" line="167"/>
        <location filename="../../ui/cases_page.py" line="187"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="149"/>
        <location filename="../../ui/cases_page.py" line="168"/>
        <source>Persuaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="150"/>
        <location filename="../../ui/cases_page.py" line="169"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="151"/>
        <location filename="../../ui/cases_page.py" line="170"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="162"/>
        <source>Add persuasion record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="165"/>
        <source>劝返记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="179"/>
        <source>Close the case (动态销号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="182"/>
        <source>Confirm as dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="185"/>
        <source>Close or confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="188"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="189"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="223"/>
        <source>Reading the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="243"/>
        <source>Closed on {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="248"/>
        <source>{0} ({1}) — {2}. Opened {3} ({4}): {5}. {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="270"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="279"/>
        <source>Case opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="286"/>
        <source>Persuasion record saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="293"/>
        <source>Case closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="299"/>
        <source>Confirmed as dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="312"/>
        <source>Dropout monthly form {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="314"/>
        <source>Dropout quarterly re-check {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="318"/>
        <source>Save the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="340"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="341"/>
        <source>Writing the form…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/login.py" line="109"/>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="112"/>
        <source>This password was set by an administrator: choose your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="119"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="120"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="121"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/importing/check_page.py" line="86"/>
        <source>Run the cross-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="88"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="93"/>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="94"/>
        <source>Resolved findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="95"/>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="100"/>
        <source>All kinds of finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="153"/>
        <source>Follow-up (two questions, one visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="154"/>
        <location filename="../../ui/importing/check_page.py" line="286"/>
        <source>Choose a finding on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="167"/>
        <source>e.g. Director Wang of the village committee / teacher Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="169"/>
        <source>What was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="171"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="175"/>
        <source>Conclusion, e.g. “in school in another province with the parents”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="177"/>
        <source>Mark as resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="179"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="181"/>
        <source>Register as a child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="183"/>
        <source>Open the child form filled in from the agency lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="189"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="190"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="191"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="192"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="217"/>
        <source>Reading the findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="225"/>
        <source>Lists compared: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="227"/>
        <source>{0} ({1}, {2}, {3} rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="236"/>
        <source>No federation, school-register, household or poverty list imported yet; only the children&apos;s records are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="245"/>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="252"/>
        <source>{0} open, {1} resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="295"/>
        <source>Resolved: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="303"/>
        <source>Comparing the lists with the children&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="304"/>
        <source>The cross-check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="310"/>
        <source>Choose a finding first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="325"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="356"/>
        <source>Reading the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="368"/>
        <source>Export the cross-check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="369"/>
        <source>cross-check report.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="380"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="381"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="378"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/check_page.py" line="378"/>
        <source>{0} findings written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../ui/child_form.py" line="82"/>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="82"/>
        <source>Child: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="91"/>
        <source>Basic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="92"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="93"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="94"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="95"/>
        <source>School register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="110"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="114"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="120"/>
        <source>Archived on {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="166"/>
        <location filename="../../ui/child_form.py" line="183"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="174"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="178"/>
        <source>18 characters; birth date and sex are read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="193"/>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="195"/>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="213"/>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="214"/>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="215"/>
        <source>Sex *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="216"/>
        <source>Birth date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="217"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="218"/>
        <source>Township *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="219"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="220"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="221"/>
        <source>Home coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="231"/>
        <location filename="../../ui/child_form.py" line="288"/>
        <location filename="../../ui/child_form.py" line="332"/>
        <location filename="../../ui/child_form.py" line="455"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="244"/>
        <source>Add guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="247"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="265"/>
        <source>Holds a disability certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="270"/>
        <source>ID + category + grade, e.g. …5023 (20–22 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="290"/>
        <source>Grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="293"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="306"/>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="308"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="309"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="310"/>
        <source>Level (committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="348"/>
        <source>School-register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="349"/>
        <source>Register school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="350"/>
        <source>Year (grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="351"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="352"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="353"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="486"/>
        <source>From the certificate: {0}, grade {1} (suggested level: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="543"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="551"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="633"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/child_form.py" line="665"/>
        <source>The draft could not be saved on this PC: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildRecordsDialog</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="152"/>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="153"/>
        <source>Records of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="96"/>
        <source>五有 for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="109"/>
        <source>Scheme 方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="110"/>
        <source>Plan 计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="111"/>
        <source>Lesson plans 教案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="112"/>
        <source>Assessments 评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="113"/>
        <source>Scales 量表评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="114"/>
        <source>Archive 档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="115"/>
        <source>Visits 送教记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="125"/>
        <source>Service agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="127"/>
        <source>The 送教上门服务协议 for the family to sign (children taught at home)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeSittingDialog</name>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="129"/>
        <source>Expert-committee sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="146"/>
        <source>e.g. county special school meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="153"/>
        <source>Date of the sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="155"/>
        <source>Township assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="156"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="322"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="165"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="173"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="176"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="183"/>
        <location filename="../../ui/placement/sitting_dialog.py" line="251"/>
        <source>Members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="213"/>
        <source>Decide all in one go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="217"/>
        <source>Print the placement notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="236"/>
        <source>Tick the children assessed and give each the committee&apos;s opinion; double-click a cell to change it. A deferral needs a reason and a review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="248"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="249"/>
        <location filename="../../ui/placement/sitting_dialog.py" line="321"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="249"/>
        <location filename="../../ui/placement/sitting_dialog.py" line="398"/>
        <source>Whole county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="254"/>
        <source>Opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="262"/>
        <source>Print this sitting&apos;s notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="274"/>
        <source>New sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="275"/>
        <source>Past sittings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="276"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="294"/>
        <location filename="../../ui/placement/sitting_dialog.py" line="296"/>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="299"/>
        <source>{0}, review {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="154"/>
        <location filename="../../ui/placement/sitting_dialog.py" line="250"/>
        <source>Place of the sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="161"/>
        <source>Member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="163"/>
        <source>Member&apos;s field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="252"/>
        <source>Children decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="315"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="323"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="325"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="331"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="334"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="338"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="340"/>
        <source>Home-teaching team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="344"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="346"/>
        <source>Review date (deferral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="351"/>
        <source>Committee&apos;s finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="387"/>
        <source>Reading the committee&apos;s lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="426"/>
        <source>Reading the children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="447"/>
        <source>{0} of {1} children ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="478"/>
        <source>choose the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="517"/>
        <source>Recording the sitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="521"/>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="529"/>
        <source>Sitting recorded: {0} children ({1}). Print the placement notices now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="547"/>
        <source>Placement notices {0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="549"/>
        <source>Save the placement notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="549"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="570"/>
        <source>{0} placement notices saved: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="572"/>
        <source> ({0} deferred children get no notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/sitting_dialog.py" line="577"/>
        <source>Printing the placement notices…</source>
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
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="25"/>
        <source>Changed by another office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="31"/>
        <source>While you were editing, {0} saved this child. Choose for each field which value to keep; fields only they changed keep their value unless you choose yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="33"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="37"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="38"/>
        <source>Your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="39"/>
        <source>Saved by the other office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="64"/>
        <source>Save the chosen values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatesDialog</name>
    <message>
        <location filename="../../ui/reference_page.py" line="521"/>
        <source>Centre of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="527"/>
        <source>e.g. 31.07, 109.88 or 109.88,31.07 or 31°04&apos;12&quot;N 109°52&apos;48&quot;E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="542"/>
        <source>Coordinates as copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="543"/>
        <source>Copied from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="568"/>
        <source>longitude first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="568"/>
        <source>latitude first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="569"/>
        <source>Read as {0} ({1}); WGS-84: {2:.6f}, {3:.6f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountySetupDialog</name>
    <message>
        <location filename="../../ui/county_setup.py" line="44"/>
        <source>Set up your county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="52"/>
        <source>Choose the county (district) this database keeps. Its townships and villages are created from the official division codes (National Bureau of Statistics, 2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="59"/>
        <source>Search by name or code, e.g. 巫山 or 500237</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="75"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="78"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="80"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="97"/>
        <source>County profile (editable later in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="99"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="100"/>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="101"/>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="102"/>
        <source>Special-education centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="103"/>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="113"/>
        <source>Create the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="115"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/county_setup.py" line="202"/>
        <source>Creating the county&apos;s townships and villages…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageExport</name>
    <message>
        <location filename="../../ui/coverage/export.py" line="44"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="46"/>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="47"/>
        <source>Age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="48"/>
        <location filename="../../ui/coverage/export.py" line="62"/>
        <source>School-age children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="49"/>
        <location filename="../../ui/coverage/export.py" line="63"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="50"/>
        <location filename="../../ui/coverage/export.py" line="64"/>
        <source>Exception recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="51"/>
        <location filename="../../ui/coverage/export.py" line="65"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="52"/>
        <location filename="../../ui/coverage/export.py" line="66"/>
        <source>Enrolment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="57"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="61"/>
        <location filename="../../ui/coverage/export.py" line="91"/>
        <location filename="../../ui/coverage/export.py" line="119"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="27"/>
        <source>County total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="26"/>
        <source>Total of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="85"/>
        <source>Level x placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="92"/>
        <location filename="../../ui/coverage/export.py" line="121"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="95"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="109"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="114"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="118"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="120"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="122"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="133"/>
        <source>NO REASON RECORDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="150"/>
        <source>coverage-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="155"/>
        <source>Export the coverage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="157"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="167"/>
        <source>Coverage report saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/export.py" line="169"/>
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
        <location filename="../../ui/coverage/page.py" line="214"/>
        <source>No school-age children are recorded: there is no rate to give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="223"/>
        <source>the whole county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="223"/>
        <source>all of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="277"/>
        <source>From the coverage report: school-age children (ages {0}–{1} on {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="304"/>
        <source>Choose a child in the exceptions list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="316"/>
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
        <location filename="../../ui/importing/models.py" line="226"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="226"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="226"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="226"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="226"/>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="227"/>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="227"/>
        <source>Take the file&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="262"/>
        <source>the recorded child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="263"/>
        <source>row {0} of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="524"/>
        <source>Resolve duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="527"/>
        <source>These rows are children already recorded (or earlier rows of the file). Tick the values to take from the file; with nothing ticked the record stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="533"/>
        <source>Keep all current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="534"/>
        <source>Take all values from the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../../ui/edit_menu.py" line="124"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="134"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="140"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="147"/>
        <source>Revert the last &amp;save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="153"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="157"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="163"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="170"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="319"/>
        <location filename="../../ui/edit_menu.py" line="348"/>
        <source>Revert the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="327"/>
        <source>Choose a record first: its last save is what is reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="341"/>
        <source>Reading the last save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="349"/>
        <source>Put back what this record held before the save of {0} at {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="358"/>
        <source>What is typed in the form and not saved is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="366"/>
        <source>That save changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="372"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="389"/>
        <source>The last save was reverted ({0} change(s) put back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit_menu.py" line="397"/>
        <source>Reverting the last save…</source>
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
        <location filename="../../ui/coverage/page.py" line="334"/>
        <source>Why has this child no placement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="338"/>
        <source>e.g. in hospital for treatment until …; deferred entry approved by …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="354"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/page.py" line="355"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <location filename="../../ui/coverage/models.py" line="164"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="165"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="166"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="167"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="168"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="176"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="177"/>
        <source>NO REASON RECORDED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/field_errors.py" line="77"/>
        <source>Row {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="111"/>
        <location filename="../../ui/importing/wizard.py" line="235"/>
        <source>Choose the list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="114"/>
        <source>xlsx, xls and csv (UTF-8 or GBK) are read. Title rows and merged headers are recognised automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="120"/>
        <source>A list of people (children, federation, school roll, household, poverty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="124"/>
        <source>Download the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="126"/>
        <source>An empty xlsx with the columns this list needs and how to fill them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="133"/>
        <source>WGS-84 (GPS, Tianditu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="134"/>
        <source>GCJ-02 (Amap, Tencent Maps, WeChat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="135"/>
        <source>BD-09 (Baidu Maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="137"/>
        <source>Where the latitudes and longitudes were copied from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="139"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="140"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="154"/>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="155"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="156"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="157"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="158"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="159"/>
        <source>Coordinates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="186"/>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="188"/>
        <source>Import: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="214"/>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="221"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="226"/>
        <source>Template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="227"/>
        <source>Saved to {0}. Fill in one row per entry from row 2, save, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="237"/>
        <source>Lists (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="245"/>
        <source>Recognise the headers automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="276"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="324"/>
        <source>Reading the header…</source>
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
        <location filename="../../ui/importing/models.py" line="314"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="314"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="314"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="314"/>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="314"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="315"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="315"/>
        <source>Finding status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="315"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="343"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="345"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="345"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="66"/>
        <source>Welcome — choose a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="71"/>
        <source>The application keeps its records in a database. Choose how to start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="73"/>
        <source>Open the demo county (565 children, for trying things out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="74"/>
        <source>Create an empty database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="76"/>
        <source>Connect to a server database (PostgreSQL, shared by offices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="90"/>
        <location filename="../../ui/first_run.py" line="146"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="108"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="109"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="111"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="112"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="114"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="120"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="146"/>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="162"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="164"/>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="166"/>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="176"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="180"/>
        <source>Connection succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="184"/>
        <source>Connection failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="191"/>
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
        <location filename="../../ui/guardians_model.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guardians_model.py" line="37"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guardians_model.py" line="37"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="93"/>
        <source>History of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="64"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="65"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="66"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="67"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="68"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="556"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="559"/>
        <source>Start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="572"/>
        <source>{0} rows will be imported in one transaction ({1} rejected rows are left out). You can cancel half-way; the database then stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="575"/>
        <source>Rows already in the lists are refused, not changed: edit those on the reference data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="581"/>
        <source>This {0} replaces the {0} imported before: the cross-check then compares with the new list only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="606"/>
        <source>Writing to the database; cancelling leaves no change behind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="615"/>
        <source>Import finished: coordinates of {0} villages set ({1} were already so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="619"/>
        <source>Import finished: {0} added to the {1} list; see them on the reference data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="622"/>
        <source>Import finished: {0} children created, {1} updated, {2} rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="628"/>
        <source>Saved {1} rows of the {0}, replacing the {0} imported before; compare them on the cross-check page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="636"/>
        <source>Import cancelled; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="639"/>
        <source>The import failed and the database was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="662"/>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="666"/>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="667"/>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="668"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="669"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="79"/>
        <source>New lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="81"/>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="86"/>
        <source>Lesson plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="89"/>
        <source>Template library of the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="111"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="112"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="113"/>
        <source>Textbook unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="114"/>
        <source>For visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="115"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="116"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="117"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="118"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="119"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="120"/>
        <source>Save lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="123"/>
        <source>Save as school template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="130"/>
        <source>Lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="166"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="89"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="95"/>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="96"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Special Education Placement and Home Teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Demo data (changes are lost on the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&amp;New child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>&amp;Import agency lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>&amp;Batch print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108"/>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Open or connect a &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>&amp;About…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakeupDialog</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="153"/>
        <source>Plan the make-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="161"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="162"/>
        <source>Start (empty: as the cancelled visit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="35"/>
        <location filename="../../ui/importing/models.py" line="41"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="63"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="63"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="63"/>
        <source>Maps to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="89"/>
        <source>(no heading)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="332"/>
        <source>Check the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="339"/>
        <source>Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="352"/>
        <source>“{0}”, sheet “{1}”: the header is on row {2}. Check each column; correct it under “Field”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="376"/>
        <source>Still missing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="380"/>
        <source>{0} columns mapped; unmapped columns are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="390"/>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="390"/>
        <source>Preset name (e.g. “county federation 2024”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="399"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="400"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksBar</name>
    <message>
        <location filename="../../ui/records/dialog.py" line="52"/>
        <source>Not taught at home this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="57"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="58"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/dialog.py" line="59"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/coverage/models.py" line="125"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="126"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="131"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlySummaryDialog</name>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="41"/>
        <source>Monthly home-teaching summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="44"/>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="47"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="48"/>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="49"/>
        <source>home-teaching-summary_{0:%Y%m}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="50"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="57"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="58"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="60"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="63"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="64"/>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="65"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="79"/>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="79"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="97"/>
        <location filename="../../ui/printing/summary_dialog.py" line="98"/>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_dialog.py" line="106"/>
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
        <location filename="../../ui/norms_editor.py" line="99"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="101"/>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="102"/>
        <source>Region code (6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="103"/>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="104"/>
        <source>Special-education centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="105"/>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="107"/>
        <source>Placement rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="110"/>
        <source>Certificate grade → level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="118"/>
        <source>Grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="126"/>
        <source>Level → recommended placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="137"/>
        <location filename="../../ui/norms_editor.py" line="138"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="147"/>
        <source> (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="148"/>
        <source> (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="156"/>
        <location filename="../../ui/norms_editor.py" line="206"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="157"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="158"/>
        <source>Compulsory education and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="160"/>
        <source>Compulsory age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="162"/>
        <source>Reference date (each year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="164"/>
        <source>Class hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="166"/>
        <source>Placement review every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="170"/>
        <source> visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="177"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="182"/>
        <source>no yearly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="184"/>
        <source>Home teaching pauses in school holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="186"/>
        <source>Home teaching (送教上门)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="188"/>
        <source>Visits per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="189"/>
        <source>Class hours per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="190"/>
        <source>Minimum days between two visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="191"/>
        <source>Annual class-hour target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="196"/>
        <source>e.g. 2027-01-01, 2027-02-06–2027-02-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="199"/>
        <source>e.g. 2027-02-14 (a Sunday worked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="200"/>
        <source>Holidays and 调休 days (for years the built-in calendar lacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="202"/>
        <source>Extra holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="203"/>
        <source>Extra working days (调休)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="207"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="211"/>
        <source>Lock an unused window after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="221"/>
        <source>When accounts are in use, a window without keyboard or mouse input this long locks and asks for the password again, on every office&apos;s computers. It applies at once, without a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="225"/>
        <source>Only an administrator can change the idle lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="229"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="230"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="232"/>
        <source>Binding margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="243"/>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="245"/>
        <source>Remove selected term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="251"/>
        <source>Terms (dates as YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="261"/>
        <source>Save the norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="264"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="266"/>
        <source>These norms are stored in the database and shared by every office using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="395"/>
        <source>Norms saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/norms_editor.py" line="401"/>
        <source>Saving the norms…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="203"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="203"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="205"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="220"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/default_pages.py" line="92"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="94"/>
        <source>Assessment &amp; placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="96"/>
        <source>Home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="98"/>
        <source>Workload &amp; class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="100"/>
        <source>Visit schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="102"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="104"/>
        <source>Cross-check (三查)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="106"/>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="108"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="110"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="112"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/default_pages.py" line="114"/>
        <source>Dropout prevention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../../ui/printing/pdf_pages.py" line="79"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/pdf_pages.py" line="80"/>
        <source>No file manager opened the folder. The files are in:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="55"/>
        <source>Placement decision: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="63"/>
        <source>No assessed level yet: record the expert committee&apos;s assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="65"/>
        <source>Assessed level: {0}. The county&apos;s rule recommends: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="71"/>
        <source>Assess first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="82"/>
        <source> (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="110"/>
        <source>e.g. 三年级（2）班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="269"/>
        <source>(choose a team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="128"/>
        <source>School *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="116"/>
        <source>Show all teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="129"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="134"/>
        <source>Special school *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="139"/>
        <source>Responsible school *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="140"/>
        <source>Teacher team *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="161"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="164"/>
        <source>Effective date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="165"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="202"/>
        <source>(choose a school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="254"/>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="254"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="256"/>
        <source>Required: why the committee decided differently from the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="258"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="341"/>
        <source>{0} placed: {1} from {2}; review due {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/placement_dialog.py" line="352"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <location filename="../../ui/placement/page.py" line="36"/>
        <source>Assessment and placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="43"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="52"/>
        <source>Reviews overdue or due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="55"/>
        <source>Committee sitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="57"/>
        <source>Assess and decide many children at one expert-committee sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="63"/>
        <source>Choose a child in the list, or in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="72"/>
        <source>Record assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="73"/>
        <source>Placement decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="74"/>
        <source>Open child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="124"/>
        <source>{0} reviews overdue, {1} listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="144"/>
        <source>Reading the reviews due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="164"/>
        <source>Reading the child&apos;s placements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="169"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/placement/page.py" line="170"/>
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
        <location filename="../../ui/records/plan_tab.py" line="156"/>
        <source>Saved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="158"/>
        <source>No plan for this term yet: fill in the months and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/importing/models.py" line="116"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="116"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="116"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="118"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="119"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="120"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="160"/>
        <source>rejected: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="161"/>
        <source>warning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="408"/>
        <source>Validation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="411"/>
        <source>Red: rejected; yellow: normalised or worth a look. Hover over a cell for the reason. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="416"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="416"/>
        <source>Rejected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="417"/>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="417"/>
        <source>Valid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="420"/>
        <source>Export rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="441"/>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="462"/>
        <source>Reading and validating every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="469"/>
        <source>{0} rows: {1} valid, {2} with warnings, {3} rejected. Valid rows and rows with warnings will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="476"/>
        <source>The table shows the first {0} rows of each kind; all rows are counted and imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="491"/>
        <source>Validation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="503"/>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="503"/>
        <source>rejected rows.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="513"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="516"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="516"/>
        <source>{0} rows written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="79"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="83"/>
        <source>Child&apos;s file (one child, one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="84"/>
        <location filename="../../ui/printing/preview_dialog.py" line="190"/>
        <source>Placement notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="85"/>
        <source>Home-teaching service agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="87"/>
        <location filename="../../ui/printing/preview_dialog.py" line="173"/>
        <source>Print ID and phone numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="89"/>
        <source>Masked by default (e.g. 500237********1234); applies to this print only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="91"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="92"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="93"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="94"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="95"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="102"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="151"/>
        <location filename="../../ui/printing/preview_dialog.py" line="153"/>
        <source>Generating the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="170"/>
        <source>{0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="171"/>
        <source>ID and phone numbers are masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="189"/>
        <source>Child file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="191"/>
        <source>Service agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="202"/>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="210"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="210"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="246"/>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="254"/>
        <location filename="../../ui/printing/preview_dialog.py" line="257"/>
        <source>Sending to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="264"/>
        <source>Sent to the printer {0}: {1} pages (job {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="268"/>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="273"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="273"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="274"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="287"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="288"/>
        <source>The printer could not be opened; check the printer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="291"/>
        <source>Sent to the printer: {0} pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="65"/>
        <source>Profile (剖面图): percentage of each domain&apos;s maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="79"/>
        <source>Previous ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="83"/>
        <source>This time ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="96"/>
        <source>Choose an assessment to see its profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="55"/>
        <source>Progress by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/assessments_tab.py" line="76"/>
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
        <location filename="../../ui/records/archive_tab.py" line="97"/>
        <location filename="../../ui/records/assessments_tab.py" line="117"/>
        <location filename="../../ui/records/scheme_tab.py" line="48"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="99"/>
        <location filename="../../ui/records/assessments_tab.py" line="116"/>
        <location filename="../../ui/records/compliance_page.py" line="147"/>
        <location filename="../../ui/records/lessons_tab.py" line="48"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="102"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="103"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="104"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/archive_tab.py" line="106"/>
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
        <location filename="../../ui/records/common.py" line="80"/>
        <source>Reading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/common.py" line="103"/>
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
        <location filename="../../ui/records/visits_tab.py" line="118"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/compliance_page.py" line="107"/>
        <location filename="../../ui/records/visits_tab.py" line="123"/>
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
        <location filename="../../ui/records/lessons_tab.py" line="51"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="52"/>
        <location filename="../../ui/records/lessons_tab.py" line="62"/>
        <source>Textbook unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="54"/>
        <source>For visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/lessons_tab.py" line="61"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/plan_tab.py" line="75"/>
        <location filename="../../ui/records/visits_tab.py" line="92"/>
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
        <location filename="../../ui/records/visits_tab.py" line="75"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/quick_entry.py" line="86"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="53"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="58"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="63"/>
        <source>Measurable criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="69"/>
        <source>Every goal needs a measurable criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="74"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="79"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="84"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="52"/>
        <source> · make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="61"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="62"/>
        <source>Visit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="64"/>
        <source>Five deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="69"/>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="73"/>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="79"/>
        <source>Make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="95"/>
        <source> (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="99"/>
        <source>Required visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="104"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="110"/>
        <source>Required hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="113"/>
        <source>Delivered hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../ui/reference_page.py" line="109"/>
        <source>Townships, villages, schools, teachers and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="118"/>
        <location filename="../../ui/reference_page.py" line="140"/>
        <location filename="../../ui/reference_page.py" line="250"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="119"/>
        <source>Village / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="120"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="121"/>
        <source>Official list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="122"/>
        <location filename="../../ui/reference_page.py" line="293"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="126"/>
        <source>Add village…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="127"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="128"/>
        <source>Merge two…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="129"/>
        <location filename="../../ui/reference_page.py" line="148"/>
        <location filename="../../ui/reference_page.py" line="172"/>
        <location filename="../../ui/reference_page.py" line="184"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="130"/>
        <source>Import coordinates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="137"/>
        <location filename="../../ui/reference_page.py" line="157"/>
        <location filename="../../ui/reference_page.py" line="178"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="138"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="139"/>
        <source>School identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="141"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="142"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="146"/>
        <source>New school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="147"/>
        <location filename="../../ui/reference_page.py" line="171"/>
        <location filename="../../ui/reference_page.py" line="183"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="149"/>
        <location filename="../../ui/reference_page.py" line="173"/>
        <location filename="../../ui/reference_page.py" line="185"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="156"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="158"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="159"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="160"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="162"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="170"/>
        <source>New teacher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="177"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="179"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="180"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="181"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="182"/>
        <source>Townships covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="183"/>
        <source>New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="188"/>
        <source>Townships and villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="189"/>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="190"/>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="191"/>
        <source>Home-teaching teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="209"/>
        <source>Reading the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="224"/>
        <source>{0} townships, {1} villages, {2} schools, {3} teachers, {4} teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="243"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="255"/>
        <location filename="../../ui/reference_page.py" line="259"/>
        <source>Add village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="259"/>
        <source>Name of the village or community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="263"/>
        <source>Village added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="268"/>
        <location filename="../../ui/reference_page.py" line="271"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="268"/>
        <location filename="../../ui/reference_page.py" line="293"/>
        <source>Select one village first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="271"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="274"/>
        <source>Village renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="279"/>
        <location filename="../../ui/reference_page.py" line="282"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="279"/>
        <source>Select the two villages to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="282"/>
        <source>Keep which name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="288"/>
        <source>Villages merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="300"/>
        <source>Centre saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="312"/>
        <location filename="../../ui/reference_page.py" line="314"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="312"/>
        <source>Select one row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="315"/>
        <source>Why is “{0}” archived?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="318"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="331"/>
        <source>School saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="344"/>
        <source>Teacher saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="357"/>
        <source>Team saved</source>
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
        <location filename="../../ui/registry/export.py" line="35"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="63"/>
        <source>children-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="68"/>
        <source>Export the view to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="70"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="83"/>
        <source>Full ID numbers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="84"/>
        <source>Write the resident ID numbers in full? Choose No to mask them (the safer choice); a full export is recorded in the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="96"/>
        <source>Exported {0} children to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/export.py" line="104"/>
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
        <location filename="../../ui/registry/page.py" line="44"/>
        <source>Children register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="80"/>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="81"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="82"/>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="83"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="84"/>
        <source>五有 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="85"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="86"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="87"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="110"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="139"/>
        <source>{0} children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="140"/>
        <source>{0} children match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registry/page.py" line="182"/>
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
        <location filename="../../ui/placement/models.py" line="84"/>
        <source>Deferred entry</source>
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
        <location filename="../../ui/schedule/page.py" line="76"/>
        <source>Compute schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="77"/>
        <location filename="../../ui/schedule/page.py" line="245"/>
        <location filename="../../ui/schedule/page.py" line="252"/>
        <source>Re-plan the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="78"/>
        <source>Re-plan the rest of the month from a chosen day after the cancellations and team leave on record, changing as little as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="79"/>
        <location filename="../../ui/schedule/page.py" line="299"/>
        <source>Write to visit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="80"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="85"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="87"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="116"/>
        <source>Changes from the previous plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="123"/>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="270"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="204"/>
        <source>Error: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="201"/>
        <source>Cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="220"/>
        <source>Reading the visits of {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="236"/>
        <source>Scheduling {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="246"/>
        <source>Re-plan from which day (earlier visits stay as they are):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="252"/>
        <source>“{text}” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="264"/>
        <source>Re-planning from {day}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="270"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="270"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="271"/>
        <source>retimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="279"/>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="297"/>
        <source>Write {n} planned visits to the records? The previous schedule&apos;s visits of this month that are not done yet are archived and replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="304"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="309"/>
        <source>{n} planned visits written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="316"/>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="316"/>
        <source>schedule-{month}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="317"/>
        <source>Route sheets PDF (*.pdf);;Excel (*.xlsx);;Phone calendar (*.ics);;Plan file JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="328"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="335"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="338"/>
        <source>Exported: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="350"/>
        <source> (no visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="361"/>
        <source>{month}: {routes} routes, {visits} visits, {km} km and {minutes} min of travel; {missing} unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="365"/>
        <source>(not yet written to the records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="367"/>
        <source>{month} has no schedule yet; click “Compute schedule”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="375"/>
        <source>{name}: {n} missing — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="407"/>
        <source>No route this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="409"/>
        <source>{date}: leave {depart}, back {ret}; {n} homes, {m} min and {km} km of travel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeTab</name>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="108"/>
        <source>Copy last year&apos;s scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="111"/>
        <source>Save scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="115"/>
        <source>School year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="123"/>
        <source>Present levels by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="159"/>
        <source>(any term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="162"/>
        <source>Add long-term goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="165"/>
        <source>Add term goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="168"/>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="175"/>
        <source>Goals (double-click a cell to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="187"/>
        <source>Guardian agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="194"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="201"/>
        <source>Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="206"/>
        <source>Supports and aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="207"/>
        <source>Implementation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="208"/>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="209"/>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="210"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="260"/>
        <source>No scheme for this school year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/scheme_tab.py" line="262"/>
        <source>{0} goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../ui/reference_page.py" line="394"/>
        <location filename="../../ui/reference_page.py" line="413"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="414"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="415"/>
        <source>School identifier (10 digits, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="416"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="417"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="418"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="419"/>
        <source>Longitude</source>
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
        <location filename="../../ui/app.py" line="206"/>
        <location filename="../../ui/app.py" line="271"/>
        <location filename="../../ui/startup.py" line="285"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="187"/>
        <location filename="../../ui/app.py" line="274"/>
        <location filename="../../ui/startup.py" line="262"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="80"/>
        <source>This computer has no system keyring to keep the key of the new encrypted database {0}. Choose a passphrase for it: it will be asked for each time the database is opened, and without it nobody can open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="87"/>
        <source>The database {0} is encrypted. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="94"/>
        <source>Database passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="172"/>
        <source>Choose another database or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="244"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="245"/>
        <source>Password of the database server {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="280"/>
        <source>Creating the demo county…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructuredTab</name>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="110"/>
        <location filename="../../ui/records/structured_tab.py" line="262"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="112"/>
        <location filename="../../ui/records/structured_tab.py" line="260"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="115"/>
        <location filename="../../ui/records/structured_tab.py" line="263"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="117"/>
        <source>Items scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="135"/>
        <location filename="../../ui/records/structured_tab.py" line="226"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="139"/>
        <source>Scored / items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="143"/>
        <source>Subtotal / maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="147"/>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="152"/>
        <location filename="../../ui/records/structured_tab.py" line="178"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="157"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="176"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="177"/>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="179"/>
        <source>This time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="181"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="183"/>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="186"/>
        <source>not improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="203"/>
        <source>Profile chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="204"/>
        <source>Domain subtotals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="205"/>
        <source>Goals and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="206"/>
        <source>Print the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="227"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="229"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="245"/>
        <source>Text of an item the county adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="246"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="255"/>
        <source>Analysis and suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="256"/>
        <source>Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="299"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="307"/>
        <source>Reading the assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="337"/>
        <source>Scale: {0}. Source: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="340"/>
        <source> This instrument has no items yet: add the items of the edition the county uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="400"/>
        <source>Save the assessment result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="413"/>
        <source>Printed to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/structured_tab.py" line="414"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../ui/reference_page.py" line="75"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherDialog</name>
    <message>
        <location filename="../../ui/reference_page.py" line="430"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="440"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="445"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="446"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="447"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="448"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/reference_page.py" line="480"/>
        <source>Home-teaching team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="502"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="503"/>
        <source>School (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="504"/>
        <source>Members (two teachers or more, one special-education; a driver optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="506"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference_page.py" line="507"/>
        <source>Townships covered</source>
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
        <source>School-age children of {1} by placement (reference date {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/charts.py" line="62"/>
        <source>School-age children by township and placement (reference date {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/charts.py" line="68"/>
        <source>No township has school-age children recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TownshipModel</name>
    <message>
        <location filename="../../ui/coverage/models.py" line="69"/>
        <source>County total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="69"/>
        <source>Total of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="76"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="77"/>
        <source>School-age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="78"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="79"/>
        <source>Exception recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="80"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage/models.py" line="81"/>
        <source>Enrolment rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/login.py" line="137"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="139"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="140"/>
        <source>The window was locked after {0} minutes without use. {1}, enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="145"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/records/visit_form.py" line="62"/>
        <source>At the child&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="70"/>
        <source>Home visit — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="72"/>
        <source>Home visit of {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="102"/>
        <source>(the norms in force count a parent class as a visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="104"/>
        <source>(the norms in force do not count a parent class as a visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="138"/>
        <source>Five deliveries (五送) — tick at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="146"/>
        <source>What was delivered, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="157"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="163"/>
        <source>Guardian present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="167"/>
        <source>Guardian confirmed (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="172"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="180"/>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="192"/>
        <source>Make-up of a cancelled visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="195"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="196"/>
        <source>Visit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="197"/>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="198"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="198"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="199"/>
        <source>Teachers present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="200"/>
        <source>Place of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="202"/>
        <source>Lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="203"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="204"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="205"/>
        <source>Cancelled because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="212"/>
        <source>Attach a photo or signature scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="224"/>
        <source>(save the visit first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="225"/>
        <source>Photos and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="253"/>
        <source>{0} min = {1:g} class hours (at {2} min; norm {3:g} per visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="304"/>
        <source>Choose a photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visit_form.py" line="304"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="190"/>
        <source>Record a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="191"/>
        <source>Plan a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="192"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="193"/>
        <source>Cancel with reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="194"/>
        <source>Plan make-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records/visits_tab.py" line="233"/>
        <source>Against the norm, {0} (as of today)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <location filename="../../ui/workload_page.py" line="46"/>
        <source>Teacher workload and annual class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="54"/>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="56"/>
        <source>Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="60"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="75"/>
        <source>Teacher workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="76"/>
        <source>Annual class hours per child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="100"/>
        <source>    {0}-{1:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="121"/>
        <source>Counting workload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="126"/>
        <source>Norms in force: {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="130"/>
        <source>School year {0}–{1}, as of {2}; the annual target ({3} class hours) is pro-rated by the days each child was placed in home teaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="144"/>
        <source>Save the workload report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="164"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="165"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="171"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="172"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="173"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="174"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="175"/>
        <source>Parent classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="176"/>
        <source>Children taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="178"/>
        <source>Class hours taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="184"/>
        <source>Workload credited (class hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="194"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="195"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="197"/>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="203"/>
        <source>Owed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="209"/>
        <source>Class hours delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="215"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workload_page.py" line="222"/>
        <source>Still needed this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PasswordForm</name>
    <message>
        <location filename="../../ui/login.py" line="66"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
