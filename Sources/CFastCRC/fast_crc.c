#include "fast_crc.h"

#include <zlib.h>

/* Below this many bytes the folding set-up costs more than it saves; zlib does the rest. */
#define FOLD_MINIMUM 64

#if defined(__x86_64__)
#include <immintrin.h>

/*
 * Folding CRC-32 (Gopal et al., "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ
 * Instruction", Intel 2009), bit-reflected for the gzip polynomial. Four 128-bit lanes are
 * folded 512 bits ahead at a time, then into one lane, 16 bytes at a time, then to 64 and
 * 32 bits, and the last step is a Barrett reduction. The constants are x^n mod P(x), bit
 * reflected and shifted as the reflected algorithm needs:
 *   fold4 = x^(512+32), x^(512-32)   fold1 = x^(128+32), x^(128-32)   fold64 = x^64
 *   barrett = P(x) reflected (33 bits), floor(x^64 / P(x)) reflected (33 bits).
 * `state` is zlib's inverted register; `length` is a multiple of 16 and at least 64.
 */
__attribute__((target("pclmul,sse4.1")))
static uint32_t fold_pclmul(uint32_t state, const unsigned char *p, size_t length) {
    const __m128i fold4 = _mm_set_epi64x(0x01c6e41596, 0x0154442bd4);
    const __m128i fold1 = _mm_set_epi64x(0x00ccaa009e, 0x01751997d0);
    const __m128i fold64 = _mm_set_epi64x(0, 0x0163cd6124);
    const __m128i barrett = _mm_set_epi64x(0x01f7011641, 0x01db710641);
    const __m128i low32 = _mm_setr_epi32(~0, 0, ~0, 0);

    __m128i a = _mm_xor_si128(_mm_loadu_si128((const __m128i *)(p + 0)), _mm_cvtsi32_si128((int)state));
    __m128i b = _mm_loadu_si128((const __m128i *)(p + 16));
    __m128i c = _mm_loadu_si128((const __m128i *)(p + 32));
    __m128i d = _mm_loadu_si128((const __m128i *)(p + 48));
    p += 64;
    length -= 64;

    while (length >= 64) {
        __m128i a0 = _mm_clmulepi64_si128(a, fold4, 0x00), a1 = _mm_clmulepi64_si128(a, fold4, 0x11);
        __m128i b0 = _mm_clmulepi64_si128(b, fold4, 0x00), b1 = _mm_clmulepi64_si128(b, fold4, 0x11);
        __m128i c0 = _mm_clmulepi64_si128(c, fold4, 0x00), c1 = _mm_clmulepi64_si128(c, fold4, 0x11);
        __m128i d0 = _mm_clmulepi64_si128(d, fold4, 0x00), d1 = _mm_clmulepi64_si128(d, fold4, 0x11);
        a = _mm_xor_si128(_mm_xor_si128(a0, a1), _mm_loadu_si128((const __m128i *)(p + 0)));
        b = _mm_xor_si128(_mm_xor_si128(b0, b1), _mm_loadu_si128((const __m128i *)(p + 16)));
        c = _mm_xor_si128(_mm_xor_si128(c0, c1), _mm_loadu_si128((const __m128i *)(p + 32)));
        d = _mm_xor_si128(_mm_xor_si128(d0, d1), _mm_loadu_si128((const __m128i *)(p + 48)));
        p += 64;
        length -= 64;
    }

    /* Four lanes into one: fold each into the next, 128 bits ahead. */
    a = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(a, fold1, 0x00), _mm_clmulepi64_si128(a, fold1, 0x11)), b);
    a = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(a, fold1, 0x00), _mm_clmulepi64_si128(a, fold1, 0x11)), c);
    a = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(a, fold1, 0x00), _mm_clmulepi64_si128(a, fold1, 0x11)), d);

    while (length >= 16) {
        __m128i next = _mm_loadu_si128((const __m128i *)p);
        a = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(a, fold1, 0x00), _mm_clmulepi64_si128(a, fold1, 0x11)), next);
        p += 16;
        length -= 16;
    }

    /* 128 bits to 64: the low half times x^(128-32) into the high half. */
    __m128i t = _mm_clmulepi64_si128(a, fold1, 0x10);
    a = _mm_xor_si128(_mm_srli_si128(a, 8), t);
    /* 64 bits to 32 (plus the 32 carried). */
    t = _mm_srli_si128(a, 4);
    a = _mm_xor_si128(_mm_clmulepi64_si128(_mm_and_si128(a, low32), fold64, 0x00), t);

    /* Barrett reduction to the 32-bit remainder. */
    t = _mm_clmulepi64_si128(_mm_and_si128(a, low32), barrett, 0x10);
    t = _mm_clmulepi64_si128(_mm_and_si128(t, low32), barrett, 0x00);
    a = _mm_xor_si128(a, t);
    return (uint32_t)_mm_extract_epi32(a, 1);
}

static int has_pclmul(void) {
    /* One load and test of libgcc's/compiler-rt's CPU model, filled before main. */
    return __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
}
#endif

int fast_crc32_uses_pclmul(void) {
#if defined(__x86_64__)
    return has_pclmul();
#else
    return 0;
#endif
}

uint32_t fast_crc32(uint32_t crc, const void *bytes, size_t length) {
    const unsigned char *p = (const unsigned char *)bytes;
#if defined(__x86_64__)
    if (length >= FOLD_MINIMUM && has_pclmul()) {
        size_t folded = length & ~(size_t)15;
        crc = ~fold_pclmul(~crc, p, folded);
        p += folded;
        length -= folded;
    }
#endif
    return length == 0 ? crc : (uint32_t)crc32_z(crc, p, length);
}
