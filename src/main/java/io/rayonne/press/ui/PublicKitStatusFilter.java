package io.rayonne.press.ui;

import io.rayonne.press.PressKits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin answers the first load of any route with its page shell and status 200, then navigates in
 * the browser. A kit link that leads nowhere must say 404 to whoever asks (a journalist's browser, a
 * link checker): this filter looks the key up first and keeps the status at 404; the page then shows
 * {@link KitNotFoundView}.
 */
@Component
class PublicKitStatusFilter extends OncePerRequestFilter {

    private static final Pattern KIT = Pattern.compile("^/dossiers/([^/]+)$");

    private final PressKits kits;

    PublicKitStatusFilter(PressKits kits) {
        this.kits = kits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !KIT.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = KIT.matcher(path(request));
        if (m.matches() && kits.open(m.group(1)).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setStatus(int status) {
                    // the shell's 200 does not undo the 404
                }
            });
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
