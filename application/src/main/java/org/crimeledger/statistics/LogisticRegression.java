package org.crimeledger.statistics;

import java.util.Arrays;

/**
 * A transparent classifier: logistic regression over binary features, fitted by full-batch gradient descent
 * with an L2 penalty. Every prediction is a sum of named weights, so each score can be explained by the
 * features that contributed most to it.
 */
public final class LogisticRegression {

    private final double[] weights;
    private final double intercept;

    private LogisticRegression(double[] weights, double intercept) {
        this.weights = weights;
        this.intercept = intercept;
    }

    /**
     * @param examples for each example, the indices of the features it has (each 0 to {@code features - 1})
     * @param labels whether each example is positive
     * @param penalty the L2 penalty per example (0.01 is mild)
     */
    public static LogisticRegression fit(int[][] examples, boolean[] labels, int features, double penalty,
                                         int iterations) {
        if (examples.length != labels.length) {
            throw new IllegalArgumentException("Every example needs a label: " + examples.length + " examples, "
                    + labels.length + " labels");
        }
        if (examples.length == 0) {
            throw new IllegalArgumentException("No reviewed examples to learn from");
        }
        double[] w = new double[features];
        double b = 0;
        double[] gradient = new double[features];
        double[] squared = new double[features];
        double squaredIntercept = 0;
        double rate = 0.5;
        int n = examples.length;
        for (int iteration = 0; iteration < iterations; iteration++) {
            Arrays.fill(gradient, 0);
            double gradientIntercept = 0;
            for (int i = 0; i < n; i++) {
                double error = probability(w, b, examples[i]) - (labels[i] ? 1 : 0);
                for (int feature : examples[i]) {
                    gradient[feature] += error;
                }
                gradientIntercept += error;
            }
            for (int j = 0; j < features; j++) {
                double g = gradient[j] / n + penalty * w[j];
                squared[j] += g * g;
                if (squared[j] > 0) {
                    w[j] -= rate * g / Math.sqrt(squared[j]);
                }
            }
            double gi = gradientIntercept / n;
            squaredIntercept += gi * gi;
            if (squaredIntercept > 0) {
                b -= rate * gi / Math.sqrt(squaredIntercept);
            }
        }
        return new LogisticRegression(w, b);
    }

    public double probability(int[] example) {
        return probability(weights, intercept, example);
    }

    public double weight(int feature) {
        return weights[feature];
    }

    public double intercept() {
        return intercept;
    }

    private static double probability(double[] w, double b, int[] example) {
        double z = b;
        for (int feature : example) {
            z += w[feature];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
