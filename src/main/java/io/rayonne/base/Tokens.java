package io.rayonne.base;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable keys for links that open without a login (a press kit, a calendar feed). */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** 192 random bits, written in 32 URL-safe characters. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
