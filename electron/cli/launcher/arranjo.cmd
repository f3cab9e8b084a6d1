@echo off
rem arranjo.cmd beside an installed Arranjo (Windows): runs the bundled command line in the user's
rem Node.js (the app ships with Electron's RunAsNode fuse off). Layout written by electron-builder.yml:
rem <app>\bin\arranjo.cmd and <app>\resources\app.asar.unpacked\out\cli\cli.mjs.
setlocal
set "CLI=%~dp0..\resources\app.asar.unpacked\out\cli\cli.mjs"
if not exist "%CLI%" (
  echo arranjo: the command line is missing from this installation ^(expected %CLI%^) 1>&2
  exit /b 1
)
where node >nul 2>nul
if errorlevel 1 (
  echo arranjo: the command line needs Node.js 20.19 or newer ^(https://nodejs.org^); the app itself does not. 1>&2
  exit /b 1
)
node "%CLI%" %*
exit /b %ERRORLEVEL%
