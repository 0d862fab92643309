/* Multi-head attention for the Llama 3.2 Vision encoder on the CPU, as a ggml custom op.
 *
 * ggml's CPU flash attention walks one query at a time; the encoder's attention (16 heads,
 * 80 channels, 6,432 keys, no causal mask) ran at 0.72x of llama.cpp's own F16 prompt rate
 * with it. This kernel blocks queries across the vector lanes and keys in register tiles,
 * in float32 throughout (the reference's precision). It runs inside a ggml graph (ggml's
 * threads, ggml's abort checks between nodes) through ggml_custom_4d, and is chosen at run
 * time by instruction set: AVX-512F or AVX2+FMA on x86-64 (GCC, Clang or MSVC). Elsewhere
 * hearth_attention_isa() reports 0 and the encoder keeps ggml's flash attention.
 *
 * The Python module is a shell: app/core/vision/fast_attention.py loads this file with
 * ctypes and hands ggml the address of hearth_attention_op.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32)
#include <malloc.h>
#define HEARTH_EXPORT __declspec(dllexport)
#else
#define HEARTH_EXPORT __attribute__((visibility("default")))
#endif

/* The leading fields of ggml's struct ggml_tensor (ggml.h); fast_attention.py checks them
 * against libggml at load (hearth_attention_probe) and keeps ggml's kernel on a mismatch. */
struct hearth_tensor {
    int type;
    void *buffer;
    int64_t ne[4];
    size_t nb[4];
    int op;
    int32_t op_params[16];
    int32_t flags;
    struct hearth_tensor *src[10];
    struct hearth_tensor *view_src;
    size_t view_offs;
    void *data;
    char name[64];
};

/* What the graph node carries to the kernel (its userdata). */
struct hearth_attention_params {
    float scale;
    int isa; /* 2 AVX-512F, 1 AVX2+FMA; 0 for "the best this CPU has" */
};

/* A thread's scratch: the unit's queries (transposed), its scores and its output. */
struct hearth_work {
    float *qt, *s, *o;
};

#ifndef KB
#define KB 96 /* keys per block */
#endif

static void *aligned_floats(size_t n) {
    void *p = NULL;
#if defined(_WIN32)
    p = _aligned_malloc(n * sizeof(float), 64);
#else
    if (posix_memalign(&p, 64, n * sizeof(float)) != 0) p = NULL;
#endif
    return p;
}

static void aligned_free(void *p) {
#if defined(_WIN32)
    _aligned_free(p);
#else
    free(p);
#endif
}

static int work_alloc(struct hearth_work *wk, int64_t d, int qb) {
    wk->qt = aligned_floats((size_t)(d * qb));
    wk->o = aligned_floats((size_t)(d * qb));
    wk->s = aligned_floats((size_t)(KB * qb));
    if (wk->qt && wk->o && wk->s) return 1;
    aligned_free(wk->qt);
    aligned_free(wk->o);
    aligned_free(wk->s);
    return 0;
}

static void work_free(struct hearth_work *wk) {
    aligned_free(wk->qt);
    aligned_free(wk->o);
    aligned_free(wk->s);
}

#if defined(_MSC_VER) && !defined(__clang__)
#define HEARTH_INLINE __inline
#else
#define HEARTH_INLINE inline
#endif

#if (defined(__x86_64__) || defined(_M_X64)) && \
    (defined(__GNUC__) || defined(__clang__) || defined(_MSC_VER))
#define HEARTH_X86 1
#include <immintrin.h>
#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
/* MSVC compiles any intrinsic without a per-function target; the ISA is checked at run time. */
#define TARGET_AVX512
#define TARGET_AVX2
#else
#define TARGET_AVX512 __attribute__((target("avx512f")))
#define TARGET_AVX2 __attribute__((target("avx2,fma")))
#endif

#define KCAT_(a, b) a##_##b
#define KCAT(a, b) KCAT_(a, b)

/* -- AVX-512F: 4 x 16 queries, 6-key and 5-channel register blocks ------------------- */
#define KTARGET TARGET_AVX512
#define KFN(name) KCAT(name, avx512)
#define VT __m512
#define W 16
#ifndef NQV512
#define NQV512 4
#define KG512 6
#define CB512 5
#endif
#define NQV NQV512
#define KG KG512
#define CB CB512
#define VZERO() _mm512_setzero_ps()
#define VSET1(s) _mm512_set1_ps(s)
#define VLOAD(p) _mm512_loadu_ps(p)
#define VSTORE(p, v) _mm512_storeu_ps((p), (v))
#define VFMA(a, b, c) _mm512_fmadd_ps((a), (b), (c))
#define VMUL(a, b) _mm512_mul_ps((a), (b))
#define VADD(a, b) _mm512_add_ps((a), (b))
#define VSUB(a, b) _mm512_sub_ps((a), (b))
#define VMAX(a, b) _mm512_max_ps((a), (b))
#define VEXP(x) expf_avx512(x)

/* exp(x) to about 1.5 ulp: ggml's ggml_v_expf (MIT), after ARM's optimized-routines. */
KTARGET static HEARTH_INLINE __m512 expf_avx512(__m512 x) {
    const __m512 r = _mm512_set1_ps(0x1.8p23f);
    const __m512 z = _mm512_fmadd_ps(x, _mm512_set1_ps(0x1.715476p+0f), r);
    const __m512 n = _mm512_sub_ps(z, r);
    const __m512 b = _mm512_fnmadd_ps(n, _mm512_set1_ps(0x1.7f7d1cp-20f),
                                      _mm512_fnmadd_ps(n, _mm512_set1_ps(0x1.62e4p-1f), x));
    const __mmask16 d = _mm512_cmp_ps_mask(_mm512_abs_ps(n), _mm512_set1_ps(192), _CMP_GT_OQ);
    const __m512 u = _mm512_mul_ps(b, b);
    const __m512 j = _mm512_fmadd_ps(
        _mm512_fmadd_ps(_mm512_fmadd_ps(_mm512_set1_ps(0x1.0e4020p-7f), b,
                                        _mm512_set1_ps(0x1.573e2ep-5f)),
                        u,
                        _mm512_fmadd_ps(_mm512_set1_ps(0x1.555e66p-3f), b,
                                        _mm512_set1_ps(0x1.fffdb6p-2f))),
        u, _mm512_fmadd_ps(_mm512_set1_ps(0x1.ffffecp-1f), b, _mm512_set1_ps(1.0f)));
    const __m512 res = _mm512_scalef_ps(j, n);
    if (_mm512_kortestz(d, d)) return res;
    const __m512 zero = _mm512_setzero_ps();
    const __m512 alt = _mm512_mask_blend_ps(_mm512_cmp_ps_mask(n, zero, _CMP_LE_OQ),
                                            _mm512_set1_ps(INFINITY), zero);
    return _mm512_mask_blend_ps(d, res, alt);
}

#include "_attention_kernel.h"

#undef KTARGET
#undef KFN
#undef VT
#undef W
#undef NQV
#undef KG
#undef CB
#undef VZERO
#undef VSET1
#undef VLOAD
#undef VSTORE
#undef VFMA
#undef VMUL
#undef VADD
#undef VSUB
#undef VMAX
#undef VEXP

/* -- AVX2 + FMA: 2 x 8 queries ------------------------------------------------------ */
#define KTARGET TARGET_AVX2
#define KFN(name) KCAT(name, avx2)
#define VT __m256
#define W 8
#ifndef NQV256
#define NQV256 2
#define KG256 5
#define CB256 5
#endif
#define NQV NQV256
#define KG KG256
#define CB CB256
#define VZERO() _mm256_setzero_ps()
#define VSET1(s) _mm256_set1_ps(s)
#define VLOAD(p) _mm256_loadu_ps(p)
#define VSTORE(p, v) _mm256_storeu_ps((p), (v))
#define VFMA(a, b, c) _mm256_fmadd_ps((a), (b), (c))
#define VMUL(a, b) _mm256_mul_ps((a), (b))
#define VADD(a, b) _mm256_add_ps((a), (b))
#define VSUB(a, b) _mm256_sub_ps((a), (b))
#define VMAX(a, b) _mm256_max_ps((a), (b))
#define VEXP(x) expf_avx2(x)

KTARGET static HEARTH_INLINE __m256 expf_avx2(__m256 x) {
    const __m256 r = _mm256_set1_ps(0x1.8p23f);
    const __m256 z = _mm256_fmadd_ps(x, _mm256_set1_ps(0x1.715476p+0f), r);
    const __m256 n = _mm256_sub_ps(z, r);
    const __m256 b = _mm256_fnmadd_ps(n, _mm256_set1_ps(0x1.7f7d1cp-20f),
                                      _mm256_fnmadd_ps(n, _mm256_set1_ps(0x1.62e4p-1f), x));
    const __m256i e = _mm256_slli_epi32(_mm256_castps_si256(z), 23);
    const __m256 k = _mm256_castsi256_ps(
        _mm256_add_epi32(e, _mm256_castps_si256(_mm256_set1_ps(1))));
    const __m256i c = _mm256_castps_si256(
        _mm256_cmp_ps(_mm256_andnot_ps(_mm256_set1_ps(-0.f), n), _mm256_set1_ps(126),
                      _CMP_GT_OQ));
    const __m256 u = _mm256_mul_ps(b, b);
    const __m256 j = _mm256_fmadd_ps(
        _mm256_fmadd_ps(_mm256_fmadd_ps(_mm256_set1_ps(0x1.0e4020p-7f), b,
                                        _mm256_set1_ps(0x1.573e2ep-5f)),
                        u,
                        _mm256_fmadd_ps(_mm256_set1_ps(0x1.555e66p-3f), b,
                                        _mm256_set1_ps(0x1.fffdb6p-2f))),
        u, _mm256_mul_ps(_mm256_set1_ps(0x1.ffffecp-1f), b));
    if (!_mm256_movemask_ps(_mm256_castsi256_ps(c))) return _mm256_fmadd_ps(j, k, k);
    const __m256i g = _mm256_and_si256(
        _mm256_castps_si256(_mm256_cmp_ps(n, _mm256_setzero_ps(), _CMP_LE_OQ)),
        _mm256_set1_epi32((int)0x82000000u));
    const __m256 s1 = _mm256_castsi256_ps(_mm256_add_epi32(g, _mm256_set1_epi32(0x7f000000)));
    const __m256 s2 = _mm256_castsi256_ps(_mm256_sub_epi32(e, g));
    const __m256i d = _mm256_castps_si256(
        _mm256_cmp_ps(_mm256_andnot_ps(_mm256_set1_ps(-0.f), n), _mm256_set1_ps(192),
                      _CMP_GT_OQ));
    return _mm256_or_ps(
        _mm256_and_ps(_mm256_castsi256_ps(d), _mm256_mul_ps(s1, s1)),
        _mm256_andnot_ps(
            _mm256_castsi256_ps(d),
            _mm256_or_ps(_mm256_and_ps(_mm256_castsi256_ps(c),
                                       _mm256_mul_ps(_mm256_fmadd_ps(s2, j, s2), s1)),
                         _mm256_andnot_ps(_mm256_castsi256_ps(c), _mm256_fmadd_ps(k, j, k)))));
}

#include "_attention_kernel.h"

#endif /* x86-64 */

#ifdef HEARTH_X86
/* The CPU's support and the operating system's (XCR0 saves the vector registers). */
static int detect_isa(void) {
#if defined(_MSC_VER) && !defined(__clang__)
    int r1[4], r7[4];
    __cpuid(r1, 0);
    if (r1[0] < 7) return 0;
    __cpuid(r1, 1);
    __cpuidex(r7, 7, 0);
    if (!(r1[2] & (1 << 27))) return 0; /* OSXSAVE */
    const unsigned long long xcr0 = _xgetbv(0);
    const int avx_os = (xcr0 & 0x6) == 0x6, avx512_os = (xcr0 & 0xe6) == 0xe6;
    if (avx512_os && (r7[1] & (1 << 16))) return 2;
    if (avx_os && (r1[2] & (1 << 28)) && (r1[2] & (1 << 12)) && (r7[1] & (1 << 5))) return 1;
    return 0;
#else
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) return 2;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 1;
    return 0;
#endif
}
#endif

/* The best instruction set of this CPU that the kernel has: 2 AVX-512F, 1 AVX2+FMA, 0 none. */
HEARTH_EXPORT int hearth_attention_isa(void) {
    static int isa = -1;
    if (isa < 0) {
#ifdef HEARTH_X86
        isa = detect_isa();
#else
        isa = 0;
#endif
    }
    return isa;
}

/* ggml_custom_op_t: dst (head_dim, heads, queries) from src q (head_dim, queries, heads),
 * k and v (head_dim, keys, heads) and an optional additive mask (queries, keys). */
HEARTH_EXPORT void hearth_attention_op(struct hearth_tensor *dst, int ith, int nth,
                                       void *userdata) {
    const struct hearth_attention_params *p = userdata;
    int isa = p->isa ? p->isa : hearth_attention_isa();
    (void)ith;
    (void)nth;
#ifdef HEARTH_X86
    if (isa >= 2) {
        run_avx512(dst, ith, nth, p->scale);
        return;
    }
    if (isa == 1) {
        run_avx2(dst, ith, nth, p->scale);
        return;
    }
#endif
    (void)isa;
}

/* For the layout check: where this file's struct finds a tensor's shape and data. */
HEARTH_EXPORT void hearth_attention_probe(const struct hearth_tensor *t, int64_t *ne,
                                          void **data, const char **name) {
    for (int i = 0; i < 4; i++) ne[i] = t->ne[i];
    *data = t->data;
    *name = t->name;
}

static struct PyModuleDef module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "_attention",
    .m_doc = "Hearth's CPU attention kernel for the vision encoder (used through ctypes).",
    .m_size = -1,
};

PyMODINIT_FUNC PyInit__attention(void) { return PyModule_Create(&module); }
