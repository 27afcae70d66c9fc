package org.crimeledger.publication.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The request limit applies to the police.uk-shaped API. */
@Configuration(proxyBeanMethods = false)
class PublicationWebConfiguration implements WebMvcConfigurer {

    private final RequestRateLimit rateLimit;

    PublicationWebConfiguration(RequestRateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimit).addPathPatterns(PoliceUkApi.BASE + "/**");
    }
}
