package no.innspill.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first staff account, created at first start when there is none.
 *
 * @param password from {@code INNSPILL_ADMIN_PASSWORD}; when unset a password is generated and
 *                 printed once in the log
 */
@ConfigurationProperties("innspill.admin")
record AdminProperties(@DefaultValue("admin") String username, String password) {

    @Override
    public String toString() { // not the record's own, which would print the password
        return "AdminProperties[username=" + username + ", password=" + (password == null ? "unset" : "***") + "]";
    }
}
