package no.innspill.platform.security;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Staff accounts in the database; the first one is created at first start. */
@Component
@Order(0)
record StaffAccounts(JdbcClient jdbc, PasswordEncoder encoder, AdminProperties admin) implements UserDetailsService, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash from staff_account where username = ?")
                .param(username)
                .query((rs, row) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_STAFF"))).build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = admin.password() == null || admin.password().isBlank();
        String password = generated ? generatePassword() : admin.password();
        // on conflict: another node, or an earlier start, created it; the table decides, once
        int created = jdbc.sql("""
                        insert into staff_account (username, password_hash)
                        select ?, ? where not exists (select 1 from staff_account)
                        on conflict do nothing""")
                .params(admin.username(), encoder.encode(password)).update();
        if (created == 1 && generated) {
            log.warn("""

                    ==============================================================
                    Created the first staff account. Log in with
                        user name: {}
                        password:  {}
                    This password is shown only this once. To choose one, set
                    INNSPILL_ADMIN_PASSWORD before the first start.
                    ==============================================================""", admin.username(), password);
        } else if (created == 1) {
            log.info("Created the first staff account '{}' with the password from INNSPILL_ADMIN_PASSWORD", admin.username());
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
