@echo off
rem Starts Extent Lab from this installation folder (Windows): the same options as the extentlab
rem script on Linux and macOS. Java 21 or newer: EXTENTLAB_JAVA, then JAVA_HOME, then java on PATH.
rem   extentlab.cmd             open the sample image that ships with Extent Lab
rem   extentlab.cmd IMAGE       open IMAGE (read-only)
setlocal
set "HERE=%~dp0"
set "JAVA=%EXTENTLAB_JAVA%"
if "%JAVA%"=="" if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="" set "JAVA=java"
set "LAUNCHER="
for %%F in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%F"
if "%LAUNCHER%"=="" (
  echo extentlab: no org.eclipse.equinox.launcher jar in %HERE%plugins 1>&2
  exit /b 2
)
set "FIRST=%~1"
if not "%FIRST%"=="" if not "%FIRST:~0,1%"=="-" (
  shift
  "%JAVA%" -Xms64m -Xmx2g -Dosgi.requiredJavaVersion=21 "-Dosgi.instance.area.default=@user.home/.extentlab/workspace" -jar "%LAUNCHER%" -product org.extentlab.app.product -name "Extent Lab" -nosplash -image "%~f1" %2 %3 %4 %5 %6 %7 %8 %9
  exit /b %ERRORLEVEL%
)
"%JAVA%" -Xms64m -Xmx2g -Dosgi.requiredJavaVersion=21 "-Dosgi.instance.area.default=@user.home/.extentlab/workspace" -jar "%LAUNCHER%" -product org.extentlab.app.product -name "Extent Lab" -nosplash %*
exit /b %ERRORLEVEL%
