package org.crimeledger.statistics;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

/**
 * Poisson random numbers in constant time whatever the mean: multiplication of uniforms below a mean of 10,
 * and above it Hörmann's transformed rejection with squeeze (PTRS, "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993), as NumPy uses.
 * commons-math's own sampler sums a logarithm per unit of the draw, which makes change-point simulation at
 * hundreds of crimes a month hundreds of times slower.
 */
final class PoissonDraws {

    private PoissonDraws() {
    }

    static long draw(RandomGenerator random, double mean) {
        if (mean < 10) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            long k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }
        double root = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * root;
        double a = -0.059 + 0.02483 * b;
        double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
    }
}
