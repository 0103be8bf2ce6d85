<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddressSection</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street, house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- choose kecamatan -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- choose kecamatan first -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives outside Kota Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kelurahan/desa, kecamatan, city or regency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region outside the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT / RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- choose kelurahan -</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This database was written by a newer version of the application. Install the newer version; the data has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessSection</name>
    <message>
        <source>Business (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty when there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- none -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agrees that their data is recorded for this purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong. What was saved before is safe; the last action may not have been saved. Please check it, and tell your supervisor if this happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not set up yet. Give it a name so the central office knows whose data it receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Tim Cipondoh 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for example: Disnaker field team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Please check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these points with the person or their ID card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back and correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK {nik} is already registered for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open their record instead of registering them again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed has not been saved. Throw it away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <source>Contact, work and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>08...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumberEdit</name>
    <message>
        <source>{count} digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Identity (as on the KTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written on the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family card (KK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndonesianDateEdit</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as day-month-year, for example 15-02-1990.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to this laptop ({device})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Training program enrollment - {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training program enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name} ({username}) - {role} - Device: {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything the office should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantListView</name>
    <message>
        <source>Search by NIK, name or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the person for corrections. Ctrl+F: search, Ctrl+N: new registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &quot;{text}&quot;. Check the spelling, or register the person with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives outside Kota Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside Kota Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>The birth date cannot be read; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: check the points marked in orange, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {name} is registered. The form is empty for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the changes to {name} are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NIK is already registered for {name}; saving opens their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear form (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the record of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>First supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor signs in on this laptop and can add the other team members later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase, for example: rina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelfareSection</name>
    <message>
        <source>Social welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- unknown -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil (1-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior high school (SMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior high school (SMA/SMK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma (D1-D3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor (D4/S1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate (S2/S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housewife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day labourer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed / own business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Husband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTSEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regsosek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPNT / Sembako</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensory (sight, hearing, speech)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handicraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present (hadir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused (izin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick (sakit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent (alpa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late (terlambat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration, selection and training in a Kota Tangerang skills-training program, and reporting to the organising government office (UU 27/2022 on personal data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Provisioning files are not supported by this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &apos;{name}&apos; is set up; supervisor &apos;{user}&apos; can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} demo participants added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {file}. The previous database was saved as {saved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail broken at entry {seq}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active user on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is needed: set ENROLLMENT_PASSWORD or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of the application. Install the newer version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>The action could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not set up yet. Run the first-run wizard or &apos;enrollment init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need correcting; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm the warnings before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK {nik} is already registered for {name}. Their record is opened instead of creating a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>The database could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program or window. Close it and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database folder cannot be written to (read-only). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a usable backup of this application (damaged or of another program). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Type the {label} number (for example 003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} may contain only digits (for example 003); the character {char} is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} 000 does not exist; type the number, for example 001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has at most 3 digits; you typed {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the birth date (day, month and year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {date} is in the future; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {date} is more than {limit} years ago; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the birth date {date} the person is {age} years old; participants must be at least {limit}. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {label} was stored as a number in a spreadsheet and shown in scientific notation ({value}), so digits were lost. Type the {length} digits from the card instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {label} ({value}) went through a spreadsheet number cell, so digits may have been lost. Type the {length} digits from the card instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} may contain only digits; the character {char} is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must have exactly {length} digits; you typed {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family card number starts with the region code {prefix}, which is not in today&apos;s list of kecamatan. Codes are sometimes renumbered, so it can be right: check the card and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the family card number (KK): 16 digits on the Kartu Keluarga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name as it is written on the ID card (KTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain digits; remove {char}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may contain only letters, spaces, dots, commas, apostrophes (&apos;) and hyphens (-); the character {char} is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and punctuation only; the character {char} is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long: {length} characters; the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7-8 of a NIK are the day of birth: 01-31 for a man, 41-71 for a woman (day + 40). This NIK has {day}; check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 9-10 of a NIK are the month of birth (01-12). This NIK has {month}; check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK holds the birth date {date}, which does not exist; check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last four digits of a NIK (the serial number) cannot be 0000; check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the NIK: the 16-digit number on the KTP or family card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK starts with the region code {prefix}, which is not in today&apos;s list of kecamatan. Regions are sometimes split and renumbered, so it can be right: check the card and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK holds the birth date {nik_date}, but the birth date typed is {stated_date}. Check both on the card; a NIK never changes, so if both are right, confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK is a woman&apos;s number (day of birth + 40), but Sex is Male. Check the card; if both are right, confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK is a man&apos;s number (day of birth below 40), but Sex is Female. Check the card; if both are right, confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIB belongs to a business: type the business name too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business sector needs a business: type the business name too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the person&apos;s consent first: nothing may be saved without it (UU 27/2022 on personal data protection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of the options; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil is a number from 1 (poorest) to 10; {value} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desil comes from a social registry, but the person is marked as not registered. Choose the registry or leave the desil empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown assistance program: {codes}. Choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number was stored as a number in a spreadsheet and shown in scientific notation ({value}), so digits were lost. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, dots, parentheses and a leading +; the character {char} is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Indonesian mobile numbers (+62) can be recorded; {phone} has another country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} is not a mobile number: mobile numbers start with 08 (or +62 8). Landline numbers cannot be recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has {min} to {max} digits starting with 08; {phone} has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a mobile number (starting with 08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person lives outside Kota Tangerang, so kecamatan and kelurahan of Kota Tangerang must stay empty. Write the region under Region outside the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write where the person lives (kelurahan/desa, kecamatan, city or regency) when the address is outside Kota Tangerang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kecamatan, or mark the address as outside Kota Tangerang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a kecamatan of Kota Tangerang; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kelurahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a kelurahan of Kota Tangerang; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan {kelurahan} is in kecamatan {actual}, not in kecamatan {kecamatan}. Choose the kelurahan again or correct the kecamatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: 2-30 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password needs at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password is too easy to guess; do not use your user name or one repeated character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: a person with the same name and birth date is already registered with NIK {niks}. Is this really another person?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
