# Sourced by ./run and ./test: lets ccache reuse objects between checkouts in
# different folders (CI builds a fresh clone every time).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
