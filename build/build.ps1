# Builds the one-folder program dist\gov-report-review\ on Windows 10/11 (64-bit), and, when
# NSIS is installed, the installer dist\gov-report-review-VERSION-setup.exe.
#   py -3.11 -m venv .venv ; .venv\Scripts\pip install .[build] ; powershell -File build\build.ps1
# PyInstaller's work folder is .pyinstaller\work so build\ holds only committed files.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
$Python = if ($env:PYTHON) { $env:PYTHON } else { Join-Path $Root ".venv\Scripts\python.exe" }
$Name = "gov-report-review"
Set-Location $Root

& $Python -m PyInstaller --noconfirm --clean --log-level WARN `
    --workpath .pyinstaller\work --distpath dist "build\$Name.spec"
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed ($LASTEXITCODE)" }

# A build that cannot start is not a build: the console program prints the command list.
& "dist\$Name\$Name-cli.exe" --help | Out-Null
if ($LASTEXITCODE -ne 0) { throw "dist\$Name\$Name-cli.exe --help failed ($LASTEXITCODE)" }
$SizeMB = [math]::Round((Get-ChildItem "dist\$Name" -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "built dist\$Name ($SizeMB MB)"

$Makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $Makensis) {
    $Default = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe"
    if (Test-Path $Default) { $Makensis = $Default }
}
if (-not $Makensis) {
    Write-Host "NSIS not found: install NSIS 3 to build the installer (dist\$Name stays usable as is)"
    exit 0
}
$Version = & $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$Setup = Join-Path $Root "dist\$Name-$Version-setup.exe"
& $Makensis /INPUTCHARSET UTF8 "/DVERSION=$Version" "/DDIST_DIR=$(Join-Path $Root "dist\$Name")" `
    "/DOUTFILE=$Setup" "installer\windows\$Name.nsi"
if ($LASTEXITCODE -ne 0) { throw "makensis failed ($LASTEXITCODE)" }
Write-Host "built $Setup"
