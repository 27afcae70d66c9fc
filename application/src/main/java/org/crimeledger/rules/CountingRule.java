package org.crimeledger.rules;

/**
 * One counting rule of the standard: it takes the counting so far and returns it with its own step done,
 * adding findings rather than throwing. {@link CountingRules#inOrder()} lists them.
 */
interface CountingRule {

    /** The rule's entry in the catalogue, which carries its official reference. */
    CountingRuleCode code();

    Counting apply(Counting counting);
}
