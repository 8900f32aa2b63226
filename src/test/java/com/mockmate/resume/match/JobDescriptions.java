package com.mockmate.resume.match;

/** Job descriptions as companies write them. */
public final class JobDescriptions {

    private JobDescriptions() {}

    /** A backend role, in the usual shape: intro, responsibilities, requirements, nice-to-haves, benefits. */
    public static final String BACKEND = """
            Senior Backend Engineer (Java) – Logistics Platform

            We are looking for a Senior Backend Engineer to join our platform team in Berlin. You will design and
            build the microservices that move 2 million parcels a day, working closely with product and data teams.

            What you will do
            - Design, build and operate event-driven microservices with Java and Spring Boot
            - Own our PostgreSQL data models and tune queries for high throughput
            - Build streaming pipelines on Apache Kafka
            - Run services on Kubernetes in AWS; improve our CI/CD pipelines
            - Mentor engineers and lead technical design reviews

            What you bring
            - 5+ years of experience building distributed systems in Java
            - Strong experience with Spring Boot, PostgreSQL and Kafka
            - Experience with Kubernetes, Docker and Terraform
            - Solid understanding of observability (Prometheus, Grafana)
            - Excellent communication skills in English

            Nice to have
            - Experience with GraphQL or gRPC
            - Knowledge of Go or Kotlin

            What we offer: 30 days of vacation, a hybrid office in Berlin, and a learning budget.
            """;
}
