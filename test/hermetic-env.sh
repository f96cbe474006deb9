# Sourced by every test script: tests see the same environment wherever the suite runs. The
# variables that switch colours on or off (which CI systems like to set) are cleared and TERM is a
# colour terminal's; a test that needs otherwise sets them itself. NODE_EXTRA_CA_CERTS (which some
# machines set system-wide) would add to every TLS client's trust store.
unset NO_COLOR FORCE_COLOR NODE_DISABLE_COLORS CI TEAMCITY_VERSION COLORTERM TERM_PROGRAM TMUX NODE_OPTIONS \
  NODE_EXTRA_CA_CERTS
export TERM=xterm-256color
