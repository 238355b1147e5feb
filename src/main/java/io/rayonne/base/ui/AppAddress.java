package io.rayonne.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** Rayonne's own address as the browser reached it, for links people copy and share. */
public final class AppAddress {

    private AppAddress() {}

    /** "https://rayonne.example/" (scheme, host, port and context path, with a final slash). */
    public static String base() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        String url = http.getRequestURL().toString();
        String context = http.getContextPath();
        int at = url.indexOf('/', url.indexOf("//") + 2);
        return (at < 0 ? url : url.substring(0, at)) + context + "/";
    }
}
