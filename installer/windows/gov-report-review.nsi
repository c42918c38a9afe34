; Windows 10/11 installer of the one-folder build (dist\gov-report-review).
; Per-user: no administrator rights, program under %LOCALAPPDATA%\Programs\GovReportReview,
; Start-menu entry and uninstaller registered under HKCU. The reviewer's store lives in
; %LOCALAPPDATA%\GovReportReview, a different folder, and the uninstaller never touches it.
;
;   makensis /DVERSION=0.1.0 /DDIST_DIR=C:\src\gov-report-review\dist\gov-report-review installer\windows\gov-report-review.nsi
;
; Defines: DIST_DIR (required: the PyInstaller folder), VERSION (x.y.z), OUTFILE (the setup .exe).
; makensis works in this script's folder: give DIST_DIR and OUTFILE as absolute paths.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef DIST_DIR
  !error "DIST_DIR is not defined: makensis /DDIST_DIR=path\to\dist\gov-report-review ..."
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\gov-report-review-${VERSION}-setup.exe"  ; into the checkout's dist folder
!endif

!define APP_ID "GovReportReview"
!define EXE_NAME "gov-report-review.exe"
!define CLI_EXE_NAME "gov-report-review-cli.exe"
!define PUBLISHER "gov-report-review"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
; makensis works in the script's folder, so paths here are relative to installer\windows\.
!define ICON_FILE "..\..\resources\icons\gov-report-review.ico"
; Start-menu entries in both languages, so that the uninstaller finds either one.
!define SHORTCUT_ZH "$SMPROGRAMS\政府信息公开年报审核.lnk"
!define SHORTCUT_EN "$SMPROGRAMS\Government Report Review.lnk"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "FileFunc.nsh"

Name "$(AppName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "gov-report-review"
VIAddVersionKey /LANG=0 "FileDescription" "gov-report-review setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT License"

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
; Remember the language chosen at install time for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when the language box is not shown (silent install).
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString AppName ${LANG_SIMPCHINESE} "政府信息公开年报审核"
LangString AppName ${LANG_ENGLISH} "Government Report Review"
LangString NeedsWindows10 ${LANG_SIMPCHINESE} "本程序需要 Windows 10（1809 版或更新）或 Windows 11 64 位。"
LangString NeedsWindows10 ${LANG_ENGLISH} "This program needs 64-bit Windows 10 (version 1809 or later) or Windows 11."
LangString DataFolderReserved ${LANG_SIMPCHINESE} "该文件夹用于保存审核数据，请选择其他安装位置。"
LangString DataFolderReserved ${LANG_ENGLISH} "This folder holds the review data; please choose another install location."
LangString DataKept ${LANG_SIMPCHINESE} "审核数据保留在 $LOCALAPPDATA\${APP_ID}，如不再需要可手动删除。"
LangString DataKept ${LANG_ENGLISH} "The review data stays in $LOCALAPPDATA\${APP_ID}; delete it by hand if no longer needed."

Function .onInit
  ; Qt 6 runs on Windows 10 1809 (build 17763) and later.
  ${IfNot} ${AtLeastBuild} 17763
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10)" /SD IDOK
    Abort
  ${EndIf}
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function .onVerifyInstDir
  ; The data folder must stay apart from the program so that an uninstall cannot reach it.
  ${If} $INSTDIR == "$LOCALAPPDATA\${APP_ID}"
    Abort "$(DataFolderReserved)"
  ${EndIf}
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole runtime: libraries of the old version must not linger.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  Delete "${SHORTCUT_ZH}"
  Delete "${SHORTCUT_EN}"
  ${If} $LANGUAGE == ${LANG_ENGLISH}
    CreateShortCut "${SHORTCUT_EN}" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0
  ${Else}
    CreateShortCut "${SHORTCUT_ZH}" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0
  ${EndIf}

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  ; Only what the installer put there: never RMDir /r $INSTDIR, which might be a folder the
  ; user chose that holds other files, and never the data folder $LOCALAPPDATA\${APP_ID}.
  Delete "${SHORTCUT_ZH}"
  Delete "${SHORTCUT_EN}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\${CLI_EXE_NAME}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
