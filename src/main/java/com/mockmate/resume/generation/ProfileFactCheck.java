package com.mockmate.resume.generation;

import com.mockmate.profile.domain.Certification;
import com.mockmate.profile.domain.Education;
import com.mockmate.profile.domain.Experience;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Certificate;
import com.mockmate.resume.domain.ResumeContent.EducationEntry;
import com.mockmate.resume.domain.ResumeContent.Work;
import java.util.ArrayList;
import java.util.List;

/**
 * The résumé's employers, positions and their dates, degrees and certificates must be the profile's: compared
 * normalised (case and white space), dates as {@link StatedDates} reads them. Messages name the JSON pointer and what
 * is wrong, never the résumé's text, because they go back to the model in a repair request.
 */
final class ProfileFactCheck {

    private ProfileFactCheck() {}

    static List<String> problems(ResumeContent content, ProfileContent profile) {
        var problems = new ArrayList<String>();
        for (int i = 0; i < content.work().size(); i++) {
            work("/work/" + i, content.work().get(i), profile.experience(), problems);
        }
        for (int i = 0; i < content.education().size(); i++) {
            education("/education/" + i, content.education().get(i), profile.education(), problems);
        }
        for (int i = 0; i < content.certificates().size(); i++) {
            certificate("/certificates/" + i, content.certificates().get(i), profile.certifications(), problems);
        }
        return problems;
    }

    private static void work(String at, Work work, List<Experience> experience, List<String> problems) {
        var atEmployer = experience.stream()
                .filter(position -> Normalised.same(position.company(), work.name()))
                .toList();
        if (atEmployer.isEmpty()) {
            problems.add(at + "/name: this employer is not in the profile's experience; list only the profile's"
                    + " companies, spelled as there");
            return;
        }
        var positions = atEmployer.stream()
                .filter(position -> Normalised.same(position.title(), work.position()))
                .toList();
        if (positions.isEmpty()) {
            problems.add(at + "/position: the profile has no such title at this employer; use the profile's title");
            return;
        }
        if (positions.stream().anyMatch(position -> datesMatch(work, position))) {
            return;
        }
        var position = positions.getFirst();
        if (!StatedDates.states(work.startDate(), position.start())) {
            problems.add(at + "/startDate: must be the profile's start of this position, " + position.start());
        }
        if (!StatedDates.states(work.endDate(), position.end())) {
            problems.add(at + "/endDate: "
                    + (position.end() == null
                            ? "this is the current position in the profile: the end date must be null"
                            : "must be the profile's end of this position, " + position.end()));
        }
    }

    private static boolean datesMatch(Work work, Experience position) {
        return StatedDates.states(work.startDate(), position.start())
                && StatedDates.states(work.endDate(), position.end());
    }

    private static void education(String at, EducationEntry entry, List<Education> education, List<String> problems) {
        var atInstitution = education.stream()
                .filter(study -> Normalised.same(study.institution(), entry.institution()))
                .toList();
        if (atInstitution.isEmpty()) {
            problems.add(at + "/institution: this institution is not in the profile's education");
            return;
        }
        var studies = atInstitution.stream()
                .filter(study -> Normalised.same(study.degree(), entry.studyType()))
                .toList();
        if (studies.isEmpty()) {
            problems.add(at + "/studyType: the profile has no such degree at this institution; copy its degree");
            return;
        }
        if (entry.area() != null && studies.stream().noneMatch(study -> names(study.degree(), entry.area()))) {
            problems.add(at + "/area: the degree does not name this field of study; use null");
        }
        if (studies.stream()
                .noneMatch(study -> StatedDates.states(entry.startDate(), study.start())
                        && StatedDates.states(entry.endDate(), study.end()))) {
            var study = studies.getFirst();
            problems.add(at + ": the dates must be the profile's, start " + study.start() + " and end "
                    + (study.end() == null ? "null (still studying)" : study.end()));
        }
    }

    private static boolean names(String degree, String area) {
        return !Normalised.blank(area) && Normalised.of(degree).contains(Normalised.of(area));
    }

    private static void certificate(
            String at, Certificate certificate, List<Certification> certifications, List<String> problems) {
        var named = certifications.stream()
                .filter(held -> Normalised.same(held.name(), certificate.name()))
                .toList();
        if (named.isEmpty()) {
            problems.add(at + "/name: this certificate is not in the profile's certifications");
            return;
        }
        if (certificate.issuer() != null
                && named.stream().noneMatch(held -> Normalised.same(held.issuer(), certificate.issuer()))) {
            problems.add(at + "/issuer: must be the profile's issuer of this certificate, or null");
        }
        if (named.stream().noneMatch(held -> StatedDates.statesOrOmits(certificate.date(), held.date()))) {
            problems.add(at + "/date: must be the profile's date of this certificate, or null");
        }
    }
}
