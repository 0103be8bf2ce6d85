; Inno Setup 6 script: the Windows installer for the frozen one-folder build.
;
;   pyinstaller --noconfirm packaging\enrollment_app.spec       (makes dist\enrollment_app)
;   iscc /DAppVersion=0.1.0 packaging\windows\enrollment_app.iss
;
; Result: dist\enrollment_app-setup-<version>.exe, one file to copy onto a USB stick.
; Installs the programs into Program Files (or, for a user without administrator rights
; who chooses so, into their own programs folder), with Start menu and desktop shortcuts.
; The data (database, backups, logs) is NOT in the installation folder: the application
; keeps it in the user's app-data folder (%LOCALAPPDATA%\enrollment_app), so updating or
; uninstalling the program never touches it. See docs/packaging.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Pendaftaran Peserta Pelatihan"
#define AppExe "enrollment-app.exe"
#define CliExe "enrollment.exe"
#define BuildDir "..\..\dist\enrollment_app"

[Setup]
; The AppId identifies the product for updates and uninstall: never change it.
AppId={{6F0B5D1E-3C2A-4E8B-9A57-1D3E2B7C4A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pemerintah Kota Tangerang
DefaultDirName={autopf}\EnrollmentApp
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Administrators install for everyone into Program Files; others may install for
; themselves (the dialog offers it) - {autopf} and the shortcuts follow the choice.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=enrollment_app-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; Windows Restart Manager closes a running copy before files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopShortcut=Create a desktop shortcut (Buat pintasan di desktop)
english.StartNow=Start the application now (Jalankan aplikasi sekarang)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder build: both programs and _internal\ (Python, Qt, resources,
; migrations). Files left over from an older version are replaced, the folder is
; otherwise mirrored.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries wholesale; stale ones must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartNow}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the data folder in %LOCALAPPDATA% stays when the program is
; removed. Deleting participants' data is a supervisor's decision, not an uninstaller's.
