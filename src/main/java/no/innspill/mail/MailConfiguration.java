package no.innspill.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class MailConfiguration {

    static final String DELIVERY_TASK = "mail-delivery";

    /** The deliverer as a db-scheduler job, run by platform.jobs on one node at a time. */
    @Bean
    RecurringTask<Void> mailDeliveryTask(MailDelivery delivery, OutboxProperties properties) {
        return Tasks.recurring(DELIVERY_TASK, Schedules.fixedDelay(properties.pollInterval()))
                .execute((instance, context) -> delivery.deliverDue(() -> context.getSchedulerState().isShuttingDown()));
    }

    /**
     * Time limits for SMTP unless {@code spring.mail.properties} sets them: Jakarta Mail waits
     * forever by default, and one mail server that hangs would stop all mail.
     */
    @Bean
    static BeanPostProcessor smtpTimeouts() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
                    Properties properties = sender.getJavaMailProperties();
                    properties.putIfAbsent("mail." + protocol + ".connectiontimeout", "10000");
                    properties.putIfAbsent("mail." + protocol + ".timeout", "30000");
                    properties.putIfAbsent("mail." + protocol + ".writetimeout", "30000");
                }
                return bean;
            }
        };
    }
}
