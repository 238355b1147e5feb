package io.rayonne.press;

/**
 * A journalist already recorded who is probably the one being typed.
 *
 * @param similarity 0 to 1, Jaro-Winkler on the folded names (1 for the same email)
 * @param sameEmail whether the emails are the same once folded
 */
public record LikelyDuplicate(Journalist journalist, double similarity, boolean sameEmail) {}
