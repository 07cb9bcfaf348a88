# Sourced by bin/fond and bin/test: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME, then /usr/lib/jvm/*, then `java` on PATH. The default java on a
# fresh machine is 17, which cannot run Lucene 10, so PATH comes last.

fond_java_major() { # $1 = path to a java binary; prints its feature version or nothing
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

fond_find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${c%/}"); done
  if command -v java >/dev/null 2>&1; then
    c=$(readlink -f "$(command -v java)"); candidates+=("${c%/bin/java}")
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(fond_java_major "$c/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$c"; return 0
    fi
  done
  echo "fond: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm/*, java on PATH)." >&2
  echo "fond: install one (e.g. a Temurin 21+ JDK) or set JAVA_HOME to it." >&2
  return 1
}
