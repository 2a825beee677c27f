package org.sourcebook.account;

import org.sourcebook.content.account.Username;

/** An account with this username already exists. */
public class UsernameTakenException extends RuntimeException {

    private final Username username;

    public UsernameTakenException(Username username) {
        super("The username '" + username + "' is already taken");
        this.username = username;
    }

    public Username username() {
        return username;
    }
}
