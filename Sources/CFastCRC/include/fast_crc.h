#ifndef FAST_CRC_H
#define FAST_CRC_H

#include <stddef.h>
#include <stdint.h>

/// CRC-32 of the gzip/zip polynomial (0xEDB88320, reflected), the value zlib's `crc32`
/// gives: pass 0 to start, and the previous result to continue with the next piece. Any
/// length and alignment. Uses carry-less multiplication (PCLMULQDQ) where the CPU has it.
uint32_t fast_crc32(uint32_t crc, const void *bytes, size_t length);

/// 1 when `fast_crc32` takes the PCLMULQDQ path on this CPU, 0 when it falls back to zlib.
int fast_crc32_uses_pclmul(void);

#endif
