package org.crimeledger.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend's images where its stylesheet expects them, under {@code /assets/images}.
 * Its fonts are deliberately not served: GDS Transport is licensed for GOV.UK services only.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String images = new WebJarVersionLocator().fullPath("govuk-frontend", "dist/govuk/assets/images/favicon.ico");
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/" + images.replace("favicon.ico", ""));
    }
}
