package org.newsbrowser.eval;

/**
 * True positives, false positives and false negatives of one entity type, summed over documents (micro average).
 *
 * @param splits false positives that matched a gold entity another prediction had already matched: one entity
 *               listed twice ("Putin" beside "Vladimir Putin")
 */
public record Score(int tp, int fp, int fn, int splits) {

    public static final Score ZERO = new Score(0, 0, 0, 0);

    public Score plus(Score other) {
        return new Score(tp + other.tp, fp + other.fp, fn + other.fn, splits + other.splits);
    }

    /** 1 when nothing was predicted: no prediction is wrong. */
    public double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    /** 1 when there was nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
