# Sourced by the shell tests in test/cli: check NAME EXPECTED ACTUAL prints "ok   NAME", or
# "FAIL NAME" with both values quoted and counts it in $failures (each test ends with
# `[ "$failures" = 0 ]`).
failures=0

check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then
    echo "FAIL $1"
    echo "  expected: $(printf '%q' "$2")"
    echo "  actual:   $(printf '%q' "$3")"
    failures=$((failures + 1))
  else
    echo "ok   $1"
  fi
}
