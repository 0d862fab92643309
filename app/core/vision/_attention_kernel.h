/* One SIMD flavour of Hearth's encoder attention, included once per instruction set by
 * _attention.c with these defined:
 *
 *   KFN(name)   the flavour's name for `name` (e.g. name##_avx512)
 *   KTARGET     the function attribute that enables the instruction set
 *   VT, W       the vector type and its float lanes
 *   NQV         query vectors per unit (the unit holds QB = NQV * W queries)
 *   KG          keys per QK register block, CB head channels per PV register block
 *   VZERO() VSET1(s) VLOAD(p) VSTORE(p, v) VFMA(a, b, c) VMUL VADD VSUB VMAX VEXP(x)
 *
 * The work is flash attention with the scores kept transposed (keys × queries): queries lie
 * across the vector lanes, so the row maximum, the exponentials, the row sums and the
 * rescaling of the output are all lane-wise, and keys and values are read as broadcast
 * scalars straight from ggml's (head_dim, keys, heads) layout, with no repacking.
 */

#define QB (NQV * W)

/* Scores of KG keys (rows of `s`, QB queries each) against the unit's queries. */
KTARGET static HEARTH_INLINE void KFN(qk_block)(float *s, const float *qt, const char *kbase,
                                         size_t knb0, size_t knb1, int64_t d) {
    VT acc[KG][NQV];
    for (int g = 0; g < KG; g++)
        for (int v = 0; v < NQV; v++) acc[g][v] = VZERO();
    for (int64_t c = 0; c < d; c++) {
        VT qv[NQV];
        for (int v = 0; v < NQV; v++) qv[v] = VLOAD(qt + c * QB + v * W);
        const char *kc = kbase + c * knb0;
        for (int g = 0; g < KG; g++) {
            const VT b = VSET1(*(const float *)(kc + g * knb1));
            for (int v = 0; v < NQV; v++) acc[g][v] = VFMA(qv[v], b, acc[g][v]);
        }
    }
    for (int g = 0; g < KG; g++)
        for (int v = 0; v < NQV; v++) VSTORE(s + g * QB + v * W, acc[g][v]);
}

/* The same for one key (the block's last keys when they do not fill a KG block). */
KTARGET static HEARTH_INLINE void KFN(qk_one)(float *s, const float *qt, const char *kbase,
                                       size_t knb0, int64_t d) {
    VT acc[NQV];
    for (int v = 0; v < NQV; v++) acc[v] = VZERO();
    for (int64_t c = 0; c < d; c++) {
        const VT b = VSET1(*(const float *)(kbase + c * knb0));
        for (int v = 0; v < NQV; v++) acc[v] = VFMA(VLOAD(qt + c * QB + v * W), b, acc[v]);
    }
    for (int v = 0; v < NQV; v++) VSTORE(s + v * W, acc[v]);
}

/* o[c] = o[c] * alpha + sum over the block's keys of p[key] * value[key][c], for CB channels
 * starting at c0 (`ncb` of them when fewer are left). */
KTARGET static HEARTH_INLINE void KFN(pv_block)(float *o, const float *p, const VT *alpha,
                                         const char *vbase, size_t vnb0, size_t vnb1,
                                         int64_t nk, int64_t c0) {
    VT acc[CB][NQV];
    for (int cc = 0; cc < CB; cc++)
        for (int v = 0; v < NQV; v++)
            acc[cc][v] = VMUL(VLOAD(o + (c0 + cc) * QB + v * W), alpha[v]);
    for (int64_t j = 0; j < nk; j++) {
        VT pv[NQV];
        for (int v = 0; v < NQV; v++) pv[v] = VLOAD(p + j * QB + v * W);
        const char *vr = vbase + j * vnb1 + c0 * vnb0;
        for (int cc = 0; cc < CB; cc++) {
            const VT b = VSET1(*(const float *)(vr + cc * vnb0));
            for (int v = 0; v < NQV; v++) acc[cc][v] = VFMA(pv[v], b, acc[cc][v]);
        }
    }
    for (int cc = 0; cc < CB; cc++)
        for (int v = 0; v < NQV; v++) VSTORE(o + (c0 + cc) * QB + v * W, acc[cc][v]);
}

KTARGET static HEARTH_INLINE void KFN(pv_one)(float *o, const float *p, const VT *alpha,
                                       const char *vbase, size_t vnb0, size_t vnb1,
                                       int64_t nk, int64_t c) {
    VT acc[NQV];
    for (int v = 0; v < NQV; v++) acc[v] = VMUL(VLOAD(o + c * QB + v * W), alpha[v]);
    for (int64_t j = 0; j < nk; j++) {
        const VT b = VSET1(*(const float *)(vbase + j * vnb1 + c * vnb0));
        for (int v = 0; v < NQV; v++) acc[v] = VFMA(VLOAD(p + j * QB + v * W), b, acc[v]);
    }
    for (int v = 0; v < NQV; v++) VSTORE(o + c * QB + v * W, acc[v]);
}

/* One unit: QB queries of one head against every key. */
KTARGET static void KFN(unit)(const struct hearth_tensor *q, const struct hearth_tensor *k,
                              const struct hearth_tensor *val,
                              const struct hearth_tensor *mask, struct hearth_tensor *dst,
                              float scale, int64_t h, int64_t i0, struct hearth_work *wk) {
    const int64_t d = q->ne[0], n = q->ne[1], len = k->ne[1];
    const int64_t nq = n - i0 < QB ? n - i0 : QB;
    float *qt = wk->qt, *s = wk->s, *o = wk->o;

    for (int64_t c = 0; c < d; c++)
        for (int64_t i = 0; i < QB; i++)
            qt[c * QB + i] = i < nq ? scale * *(const float *)((const char *)q->data +
                                                              c * q->nb[0] + (i0 + i) * q->nb[1] +
                                                              h * q->nb[2])
                                    : 0.0f;
    memset(o, 0, sizeof(float) * (size_t)(d * QB));

    VT m[NQV], l[NQV];
    for (int v = 0; v < NQV; v++) {
        m[v] = VSET1(-FLT_MAX); /* finite, so that a fully masked block never makes NaN */
        l[v] = VZERO();
    }
    const char *kh = (const char *)k->data + h * k->nb[2];
    const char *vh = (const char *)val->data + h * val->nb[2];

    for (int64_t j0 = 0; j0 < len; j0 += KB) {
        const int64_t nk = len - j0 < KB ? len - j0 : KB;
        int64_t j = 0;
        for (; j + KG <= nk; j += KG)
            KFN(qk_block)(s + j * QB, qt, kh + (j0 + j) * k->nb[1], k->nb[0], k->nb[1], d);
        for (; j < nk; j++) KFN(qk_one)(s + j * QB, qt, kh + (j0 + j) * k->nb[1], k->nb[0], d);

        if (mask) { /* (queries, keys): the additive mask, transposed */
            for (int64_t jj = 0; jj < nk; jj++) {
                const float *mr = (const float *)((const char *)mask->data +
                                                  (j0 + jj) * mask->nb[1]) + i0;
                for (int64_t i = 0; i < nq; i++) s[jj * QB + i] += mr[i];
            }
        }

        VT alpha[NQV];
        for (int v = 0; v < NQV; v++) {
            VT mx = VLOAD(s + v * W);
            for (int64_t jj = 1; jj < nk; jj++) mx = VMAX(mx, VLOAD(s + jj * QB + v * W));
            const VT mnew = VMAX(m[v], mx);
            alpha[v] = VEXP(VSUB(m[v], mnew));
            VT sum = VZERO();
            for (int64_t jj = 0; jj < nk; jj++) {
                const VT p = VEXP(VSUB(VLOAD(s + jj * QB + v * W), mnew));
                VSTORE(s + jj * QB + v * W, p);
                sum = VADD(sum, p);
            }
            l[v] = VFMA(l[v], alpha[v], sum);
            m[v] = mnew;
        }

        const char *vb = vh + j0 * val->nb[1];
        int64_t c = 0;
        for (; c + CB <= d; c += CB) KFN(pv_block)(o, s, alpha, vb, val->nb[0], val->nb[1], nk, c);
        for (; c < d; c++) KFN(pv_one)(o, s, alpha, vb, val->nb[0], val->nb[1], nk, c);
    }

    float lsum[QB];
    for (int v = 0; v < NQV; v++) VSTORE(lsum + v * W, l[v]);
    for (int64_t i = 0; i < nq; i++) {
        const float inv = lsum[i] > 0.0f ? 1.0f / lsum[i] : 0.0f;
        float *out = (float *)((char *)dst->data + h * dst->nb[1] + (i0 + i) * dst->nb[2]);
        for (int64_t c2 = 0; c2 < d; c2++) out[c2] = o[c2 * QB + i] * inv;
    }
}

KTARGET static void KFN(run)(struct hearth_tensor *dst, int ith, int nth, float scale) {
    const struct hearth_tensor *q = dst->src[0], *k = dst->src[1], *val = dst->src[2],
                               *mask = dst->src[3];
    const int64_t d = q->ne[0], n = q->ne[1], heads = q->ne[2];
    const int64_t blocks = (n + QB - 1) / QB, units = heads * blocks;
    if (ith >= units) return;
    struct hearth_work wk;
    if (!work_alloc(&wk, d, QB)) return;
    /* unit u = (head, query block), head-major: the threads share one head's keys and
     * values in the cache at a time */
    for (int64_t u = ith; u < units; u += nth)
        KFN(unit)(q, k, val, mask, dst, scale, u / blocks, (u % blocks) * QB, &wk);
    work_free(&wk);
}

#undef QB
