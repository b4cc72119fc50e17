#include <zlib.h>

/// `inflateInit2` is a macro (it passes the header's version and struct size), which Swift
/// cannot call; -15 selects raw deflate with a 32 KiB window, as zip entries are stored.
static inline int czlib_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}
