package io.rayonne.accounts;

/** A user with this login already exists. */
public class LoginTakenException extends RuntimeException {

    public LoginTakenException(String login) {
        super("Login already taken: " + login);
    }
}
