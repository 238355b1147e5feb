package io.rayonne.shell.ui;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Which sentence an unexpected error deserves. */
final class ErrorMessages {

    static final String STORAGE = "error.storage";

    private ErrorMessages() {}

    static String keyFor(Throwable error) {
        if (io.rayonne.base.StoreStatus.isFullDisk(error)) {
            return "error.storage.full";
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return "error.forbidden";
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof java.net.ConnectException) {
                return STORAGE;
            }
            if (t instanceof io.rayonne.base.NotFoundException) {
                return "error.notfound.message";
            }
        }
        return "error.message";
    }
}
