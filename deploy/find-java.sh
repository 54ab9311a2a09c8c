# Sourced by the scripts that run the jars: prints a java of version 25 or newer (JAVA_HOME first, then the
# JDKs under /usr/lib/jvm), because the build targets Java 25 and the machine's default java may be 17.
find_java() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    if [ "${version%%.*}" -ge 25 ] 2>/dev/null; then echo "$candidate/bin/java"; return 0; fi
  done
  echo "No JDK 25 or newer found (set JAVA_HOME or install Temurin 25 under /usr/lib/jvm)" >&2
  return 1
}
