package com.mockmate;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of ../shared/CONVENTIONS.md that the compiler cannot check. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.mockmate");
    }

    @Test
    void views_and_controllers_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..api..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("views and REST controllers go through application services")
                .check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("com.mockmate.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("com.mockmate.base..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "com.mockmate.base..",
                        "java..",
                        "javax..",
                        "jakarta..",
                        "org..",
                        "com.vaadin..",
                        "com.itextpdf..",
                        "io.swagger..",
                        "io.github.bucket4j..",
                        "io.lettuce..",
                        "tools.jackson..")
                .check(classes);
    }

    @Test
    void the_remote_provider_toolkit_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("com.mockmate.remote..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "com.mockmate.remote..", "java..", "org..", "okhttp3..", "io.github.resilience4j..")
                .check(classes);
    }

    @Test
    void only_the_remote_provider_toolkit_retries_with_resilience4j() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.mockmate.remote..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.resilience4j..")
                .because("every provider retries through RemoteRetry, with one policy")
                .check(classes);
    }

    @Test
    void services_do_not_depend_on_views_or_controllers() {
        noClasses()
                .that()
                .resideInAnyPackage("com.mockmate.*.service..", "com.mockmate.*.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.mockmate.*.ui..", "com.mockmate.*.api..")
                .check(classes);
    }

    @Test
    void scoring_keeps_rubric_and_grammar_without_text_analysis() {
        noClasses()
                .that()
                .resideInAPackage("com.mockmate.scoring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.mockmate.language..", "org.apache.lucene..")
                .because("key point matching belongs to the offline evaluator, not to the rubric")
                .check(classes);
    }

    @Test
    void only_the_offline_evaluator_the_report_and_the_resume_keyword_match_analyse_text() {
        classes()
                .that()
                .resideInAPackage("com.mockmate.language..")
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage(
                        "com.mockmate.language..",
                        "com.mockmate.llm.offline..",
                        "com.mockmate.interview.evaluation..",
                        "com.mockmate.resume.match..")
                .because("comparing attempts measures key-point coverage as the offline evaluator does, and the"
                        + " résumé's keyword match stems words as key points are stemmed")
                .check(classes);
    }

    @Test
    void lucene_is_used_only_for_english_analysis() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.mockmate.language..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void scoring_depends_on_neither_the_model_nor_the_interview() {
        noClasses()
                .that()
                .resideInAPackage("com.mockmate.scoring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.mockmate.llm..", "com.mockmate.interview..")
                .because("the rubric scores four ratings, whoever gave them")
                .check(classes);
    }

    @Test
    void only_the_interviews_evaluation_and_the_resumes_generation_talk_to_the_model() {
        noClasses()
                .that(resideInAnyPackage("com.mockmate.interview..", "com.mockmate.resume..")
                        .and(DescribedPredicate.not(resideInAnyPackage(
                                "com.mockmate.interview.evaluation..", "com.mockmate.resume.generation.."))))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.mockmate.llm..")
                .because("the model's reply is checked and mapped to the feature's own records in one place")
                .check(classes);
    }

    @Test
    void interview_screens_and_controllers_use_only_facades_and_domain_types() {
        noClasses()
                .that()
                .resideInAnyPackage("com.mockmate.interview.ui..", "com.mockmate.interview.api..")
                .should()
                .dependOnClassesThat(resideInAPackage("com.mockmate.interview..")
                        .and(DescribedPredicate.not(resideInAnyPackage(
                                "com.mockmate.interview",
                                "com.mockmate.interview.service..",
                                "com.mockmate.interview.domain..",
                                "com.mockmate.interview.ui..",
                                "com.mockmate.interview.api.."))))
                .because("evaluation, live state, summaries and voice are reached through the service facades")
                .check(classes);
    }

    @Test
    void interview_domain_depends_on_no_other_part_of_the_interview() {
        noClasses()
                .that()
                .resideInAPackage("com.mockmate.interview.domain..")
                .should()
                .dependOnClassesThat(resideInAPackage("com.mockmate.interview..")
                        .and(DescribedPredicate.not(resideInAPackage("com.mockmate.interview.domain.."))))
                .check(classes);
    }

    @Test
    void interview_parts_have_no_cycles() {
        slices().matching("com.mockmate.interview.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void rest_controllers_live_in_api_packages() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..api..")
                .check(classes);
    }

    @Test
    void no_main_class_is_named_like_a_test() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Test")
                .orShould()
                .haveSimpleNameEndingWith("Tests")
                .check(classes);
    }
}
