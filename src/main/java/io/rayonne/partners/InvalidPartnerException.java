package io.rayonne.partners;

import java.util.List;

/** What was typed (or read from a file) cannot be saved: each problem said in words. */
public class InvalidPartnerException extends RuntimeException {

    private final List<Partner.Problem> problems;

    public InvalidPartnerException(List<Partner.Problem> problems) {
        super("Invalid partner: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Partner.Problem> problems() {
        return problems;
    }
}
