package com.mockmate.profile.api;

import com.mockmate.base.api.BodyLimit;
import com.mockmate.profile.service.ProfilePhotos;
import com.mockmate.storage.BlobContent;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Profile")
class PhotoController {

    static final String OWN_PHOTO = "/api/v1/profile/photo";

    private static final String UPLOAD_DESCRIPTION = "Send the image either as the raw request body (any Content-Type,"
            + " e.g. image/jpeg) or as multipart/form-data with the part `photo`. JPEG, PNG and WebP are accepted,"
            + " decided by the file's first bytes, not by its declared type; at most 2 MB. The server decodes the"
            + " image and stores a new JPEG (PNG when it has transparency) of at most 512 px on its longer side, so"
            + " no EXIF or other metadata, such as a GPS location, is kept. Replaces an earlier photo.";

    private final ProfilePhotos photos;

    PhotoController(ProfilePhotos photos) {
        this.photos = photos;
    }

    @PutMapping(value = OWN_PHOTO, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload your profile photo (multipart)", description = UPLOAD_DESCRIPTION)
    @ApiResponse(responseCode = "204", description = "Stored")
    @ApiResponse(responseCode = "400", description = "The image cannot be decoded, or is over 40 megapixels")
    @ApiResponse(responseCode = "413", description = "Larger than 2 MB")
    @ApiResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image")
    @BodyLimit(BodyLimit.Kind.IMPORT)
    ResponseEntity<Void> uploadPart(
            @AuthenticationPrincipal AuthenticatedUser actor, @RequestPart("photo") MultipartFile photo) {
        try (var stream = photo.getInputStream()) {
            photos.upload(actor, stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.noContent().build();
    }

    @PutMapping(OWN_PHOTO)
    @Operation(summary = "Upload your profile photo (raw body)", description = UPLOAD_DESCRIPTION)
    @ApiResponse(responseCode = "204", description = "Stored")
    @ApiResponse(responseCode = "400", description = "The image cannot be decoded, or is over 40 megapixels")
    @ApiResponse(responseCode = "413", description = "Larger than 2 MB")
    @ApiResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image")
    @BodyLimit(BodyLimit.Kind.IMPORT)
    ResponseEntity<Void> uploadRaw(@AuthenticationPrincipal AuthenticatedUser actor, HttpServletRequest request) {
        try (var stream = request.getInputStream()) {
            photos.upload(actor, stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping(
            value = OWN_PHOTO,
            produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE
            })
    @Operation(summary = "Your profile photo")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "image/jpeg"))
    @ApiResponse(responseCode = "404", description = "No photo")
    ResponseEntity<InputStreamResource> mine(@AuthenticationPrincipal AuthenticatedUser actor) {
        return image(photos.mine(actor), CacheControl.noStore());
    }

    @DeleteMapping(OWN_PHOTO)
    @Operation(summary = "Remove your profile photo")
    @ApiResponse(responseCode = "204", description = "Removed (also when there was none)")
    ResponseEntity<Void> remove(@AuthenticationPrincipal AuthenticatedUser actor) {
        photos.remove(actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(
            value = "/api/v1/profiles/{handle}/photo",
            produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE
            })
    @Operation(summary = "The photo of a public profile (no login)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "image/jpeg"))
    @ApiResponse(responseCode = "404", description = "No such public profile, or no photo")
    ResponseEntity<InputStreamResource> ofPublic(@PathVariable String handle) {
        // Short: a profile made private must stop showing its photo soon, also from caches.
        return image(photos.ofPublic(handle), CacheControl.noCache());
    }

    private static ResponseEntity<InputStreamResource> image(BlobContent content, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.length())
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.stream()));
    }
}
