package no.innspill.platform.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login form; Spring Security handles the post. */
@Controller
class LoginPageController {

    @GetMapping("/logg-inn")
    String login() {
        return "platform/login";
    }
}
