; Inno Setup script: the Windows installer special-ed-setup-VERSION.exe from the PyInstaller folder.
;
;   pyinstaller --noconfirm packaging\windows\special-ed.spec          (or: py dev.py package)
;   iscc /DAppVersion=0.1.0 packaging\windows\special-ed.iss
;
; Output: dist\installer\special-ed-setup-0.1.0.exe. Per-user install without administrator rights
; (into %LOCALAPPDATA%\Programs\special-ed); an administrator may choose "for all users" instead.
; The uninstaller removes the program only: the county's data (%LOCALAPPDATA%\special-ed: the database,
; its automatic copies, backups) and the settings (%APPDATA%\SpecialEd) stay. See docs/packaging.md.
; This file is UTF-8 with a byte-order mark, which Inno Setup 6 needs for the Chinese texts.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "特教安置与送教上门"
#define AppExe "special-ed.exe"
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
AppId={{6053E731-67D5-47D5-B28E-762F5AD4F7DB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=县特殊教育资源中心
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\special-ed
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default (no UAC prompt); the dialog lets an administrator install for all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist\installer
OutputBaseFilename=special-ed-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes
; .sebak backups are associated with the program (the [Registry] section): Explorer's icons refresh at once.
ChangesAssociations=yes
#ifdef SignTool
; iscc "/Sspecialed=signtool sign /f $qC:\certs\county.pfx$q /p PASSWORD /fd sha256 /tr http://timestamp.example /td sha256 $f"
;      /DSignTool=specialed …  (docs/packaging.md): the installer and its uninstaller are signed.
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "快捷方式："; Flags: unchecked

[Files]
Source: "{#Root}\dist\special-ed\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "县级特殊教育安置与送教上门管理"
Name: "{autoprograms}\{#AppName}（示范数据）"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Comment: "用示范县的数据试用（所有修改在下次启动时丢失）"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a backup (.sebak) starts the program with the file as its argument
; (special-ed.exe FILE.sebak), which opens the restore dialog for it once the program's own database is
; open (docs/packaging.md). HKA is the current user's classes in a per-user install and the machine's in
; an all-users one; the uninstaller removes these keys and values.
Root: HKA; Subkey: "Software\Classes\.sebak"; ValueType: string; ValueName: ""; ValueData: "SpecialEd.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.sebak\OpenWithProgids"; ValueType: string; ValueName: "SpecialEd.Backup"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\SpecialEd.Backup"; ValueType: string; ValueName: ""; ValueData: "特教安置数据备份"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SpecialEd.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\SpecialEd.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sebak"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "启动{#AppName}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what [Files] installed, never the data folder.
