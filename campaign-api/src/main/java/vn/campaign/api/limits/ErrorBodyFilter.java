package vn.campaign.api.limits;

import java.io.IOException;
import java.io.PrintWriter;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Gives a body to error responses that were sent without one: when a request ends with a status of 400 or
 * more, nothing written and no {@code sendError}, the filter calls {@code sendError} with that status, so
 * that {@link JsonErrorController} writes its JSON body. Spring Boot's GraphQL routes answer a wrong method
 * (405) or content type (415) that way; headers already set (such as {@code Allow}) are kept.
 */
public final class ErrorBodyFilter extends OncePerRequestFilter {

    /** A filter. */
    public ErrorBodyFilter() {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Watched watched = new Watched(response);
        chain.doFilter(request, watched);
        if (!request.isAsyncStarted() && watched.getStatus() >= 400 && !watched.wroteBody && !watched.sentError
                && !response.isCommitted()) {
            response.sendError(watched.getStatus());
        }
    }

    /** A response that remembers whether a body or an error was sent. */
    private static final class Watched extends HttpServletResponseWrapper {

        private boolean wroteBody;
        private boolean sentError;

        Watched(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            wroteBody = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            wroteBody = true;
            return super.getWriter();
        }

        @Override
        public void sendError(int status) throws IOException {
            sentError = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sentError = true;
            super.sendError(status, message);
        }
    }
}
