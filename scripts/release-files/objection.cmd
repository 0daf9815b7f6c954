@echo off
rem Starts objection-helper with the Java runtime in this folder; no Java or other tools needed.
rem Without arguments (a double-click) it starts the guided assistant in the browser window and
rem keeps this window open.
setlocal
set "here=%~dp0"
set "java=%here%runtime\bin\java.exe"
set "jar=%here%app\objection-helper.jar"
rem A class-data archive makes later starts faster. Java ties it to the folder it was recorded in,
rem so the first filing, demo or assistant in this folder records it, and a moved folder anew.
set "archive=%here%app\objection-helper.jsa"
set "recorded="
if exist "%archive%.for" set /p recorded=<"%archive%.for"
set "mode=none"
if exist "%archive%" if "%recorded%"=="%here%" set "mode=use"
if "%mode%"=="none" if "%~1"=="" set "mode=record"
if "%mode%"=="none" if /i "%~1"=="demo" set "mode=record"
if "%mode%"=="none" if /i "%~1"=="file" set "mode=record"
if "%mode%"=="none" if /i "%~1"=="assist" set "mode=record"
set cds=-Xshare:auto
if "%mode%"=="use" set cds=-XX:SharedArchiveFile="%archive%"
if not "%mode%"=="record" goto start
if exist "%archive%" del "%archive%"
>"%archive%.for" echo(%here%
if not errorlevel 1 set cds=-XX:ArchiveClassesAtExit="%archive%"
:start
set java_options=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 %cds% -Xlog:cds=off -Xlog:cds+dynamic=off
if "%~1"=="" goto assistant
"%java%" %java_options% -jar "%jar%" %*
exit /b %ERRORLEVEL%
:assistant
"%java%" %java_options% -jar "%jar%" assist --in-browser
pause
