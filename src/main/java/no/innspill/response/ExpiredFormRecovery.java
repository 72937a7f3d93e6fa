package no.innspill.response;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innspill.platform.ExpiredFormPosts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The respondent's posts refused for a missing or stale CSRF cookie: the answer form's (preview, save,
 * language) is forwarded to {@link ExpiredFormController}, which shows the form again with what was
 * posted; "Send inn" of a preview leads back to the preview, whose draft holds the answers. Nothing is
 * stored or sent from a refused post.
 */
@Component
class ExpiredFormRecovery implements ExpiredFormPosts {

    private static final Pattern FORM = Pattern.compile("/horinger/([^/]+)/svar");
    private static final Pattern DRAFT = Pattern.compile("/horinger/([^/]+)/utkast/([^/]+)");
    private static final Pattern SEND = Pattern.compile("/horinger/([^/]+)/utkast/([^/]+)/send");

    @Override
    public boolean recover(String path, HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Matcher form = FORM.matcher(path);
        Matcher draft = DRAFT.matcher(path);
        Matcher send = SEND.matcher(path);
        if (form.matches()) {
            forward(ExpiredFormController.FORM_PATH.replace("{slug}", form.group(1)), request, response);
            return true;
        }
        if (draft.matches() && Tokens.looksValid(draft.group(2))) {
            forward(ExpiredFormController.DRAFT_PATH.replace("{slug}", draft.group(1)).replace("{token}", draft.group(2)),
                    request, response);
            return true;
        }
        if (send.matches() && Tokens.looksValid(send.group(2))) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + SendController.previewPath(send.group(1), send.group(2)) + "?utlopt=1");
            return true;
        }
        return false;
    }

    private static void forward(String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.setAttribute(ExpiredFormController.MARKER, Boolean.TRUE);
        request.getRequestDispatcher(path).forward(request, response);
    }
}
