<?php
/**
 * The one list of what `<calf-check>` takes, and the checks its values pass. The shortcode, the block (its
 * attributes and sidebar), the settings page and the kses allow-list are all built from calf_check_attributes().
 *
 * @package calf-check
 */

defined( 'ABSPATH' ) || exit;

/** Attribute name => kind (the check in calf_check_clean()), label and help, in the order the forms show them. */
function calf_check_attributes() {
	return array(
		'booking-url'      => array(
			'kind'  => 'url',
			'label' => __( 'Booking page', 'calf-check' ),
			'help'  => __( 'The full address of your booking page, starting with https:// (or a tel: or mailto: link).', 'calf-check' ),
		),
		'phone'            => array(
			'kind'  => 'phone',
			'label' => __( 'Phone', 'calf-check' ),
			'help'  => __( 'As it should be shown, e.g. +44 20 7946 0000. Readers can tap it to call.', 'calf-check' ),
		),
		'clinic-name'      => array(
			'kind'  => 'text',
			'label' => __( 'Clinic name', 'calf-check' ),
			'help'  => __( 'Shown in the call to book, as plain text.', 'calf-check' ),
		),
		'clinic-email'     => array(
			'kind'  => 'email',
			'label' => __( 'Clinic email', 'calf-check' ),
			'help'  => __( 'Readers can email their summary to this address from their own mail app.', 'calf-check' ),
		),
		'emergency-number' => array(
			'kind'  => 'emergency',
			'label' => __( 'Emergency number', 'calf-check' ),
			'help'  => __( 'Your country\'s emergency number, e.g. 999, 911, 112 or 000, shown in the urgent-care note.', 'calf-check' ),
		),
		'booking-target'   => array(
			'kind'    => 'choice',
			'choices' => array(
				'_blank' => __( 'A new tab', 'calf-check' ),
				'_self'  => __( 'The same tab', 'calf-check' ),
			),
			'label'   => __( 'Booking page opens in', 'calf-check' ),
			'help'    => '',
		),
		'share-result'     => array(
			'kind'  => 'boolean',
			'label' => __( 'Share the result with the booking page', 'calf-check' ),
			'help'  => __( 'Adds the number of signs to the booking link. Off: nothing about the reader leaves the page.', 'calf-check' ),
		),
		'heading-level'    => array(
			'kind'    => 'choice',
			'choices' => array_combine( array( '1', '2', '3', '4', '5', '6' ), array( 'h1', 'h2', 'h3', 'h4', 'h5', 'h6' ) ),
			'label'   => __( 'Heading level', 'calf-check' ),
			'help'    => __( 'To fit the outline of the page around the widget.', 'calf-check' ),
		),
		'theme'            => array(
			'kind'    => 'choice',
			'choices' => array(
				'light' => __( 'Light', 'calf-check' ),
				'dark'  => __( 'Dark', 'calf-check' ),
				'auto'  => __( 'Automatic (follows the reader\'s system)', 'calf-check' ),
			),
			'label'   => __( 'Theme', 'calf-check' ),
			'help'    => '',
		),
		'languages'        => array(
			'kind'  => 'languages',
			'label' => __( 'Languages offered', 'calf-check' ),
			/* translators: %s: the language tags the widget ships, e.g. "en es fr". */
			'help'  => sprintf( __( 'Two or more, separated by spaces, to show a language picker. Shipped: %s.', 'calf-check' ), implode( ' ', calf_check_locales() ) ),
		),
		'lang'             => array(
			'kind'  => 'language',
			'label' => __( 'Language', 'calf-check' ),
			'help'  => __( 'Empty: the page\'s language, else the reader\'s browser.', 'calf-check' ),
		),
	);
}

/**
 * The embed contract the project's build writes into build/embed.json from the widget's own sources: the shipped
 * languages, the reservation line, the palettes' backgrounds, the attribute names and the fallback's templates.
 */
function calf_check_embed() {
	static $embed = null;
	if ( null === $embed ) {
		$embed = json_decode( (string) file_get_contents( __DIR__ . '/build/embed.json' ), true );
		$embed = is_array( $embed ) ? $embed : array();
	}
	return $embed;
}

/** The languages the built widget ships. */
function calf_check_locales() {
	$embed = calf_check_embed();
	return isset( $embed['locales'] ) && is_array( $embed['locales'] ) ? $embed['locales'] : array( 'en' );
}

/**
 * The shipped language serving a site in `$tag` ("de-DE", "pt_PT", "zh-TW"), as the element's matchLocale() maps
 * the page's language: regions collapse to the variant shipped, and Chinese only in Simplified script. '' if none.
 */
function calf_check_match_locale( $tag ) {
	$parts = explode( '-', strtolower( str_replace( '_', '-', (string) $tag ) ) );
	if ( 'zh' === $parts[0] ) {
		return array_intersect( $parts, array( 'hant', 'tw', 'hk', 'mo' ) ) ? '' : 'zh-Hans';
	}
	$language = 'pt' === $parts[0] ? 'pt-BR' : $parts[0];
	return in_array( $language, calf_check_locales(), true ) ? $language : '';
}

/**
 * The one language this widget shows, when the plugin can know it: its `lang`, else the site's language if the
 * widget ships it (WordPress writes it on <html>, which the element follows). '' otherwise: the element would then
 * follow the reader's browser, which only the all-language file can.
 */
function calf_check_widget_locale( $values ) {
	return '' !== $values['lang'] ? $values['lang'] : calf_check_match_locale( get_bloginfo( 'language' ) );
}

/** Longest clinic name the element shows (CLINIC_NAME_MAX in src/attributes.ts). */
const CALF_CHECK_CLINIC_NAME_MAX = 120;

/**
 * `$raw` checked the way the element checks it: the value to write ('' for none), or a WP_Error saying, in
 * a clinic's words, why it was refused.
 */
function calf_check_clean( $attribute, $raw ) {
	$value = is_scalar( $raw ) ? trim( (string) $raw ) : '';
	if ( '' === $value ) {
		return '';
	}
	switch ( $attribute['kind'] ) {
		case 'url':
			return calf_check_safe_url( $value )
				? $value
				: new WP_Error( 'calf-check', preg_match( '/^\s*(javascript|data|vbscript|file):/i', $value )
					? __( 'This kind of link cannot be used for booking. Enter the address of your booking page, starting with https://.', 'calf-check' )
					: __( 'Enter the full address of your booking page, starting with https:// (or a tel: or mailto: link).', 'calf-check' ) );
		case 'phone':
			return '' !== calf_check_tel_href( $value ) ? $value : new WP_Error( 'calf-check', __( 'Enter a phone number of 3 to 20 digits; it may start with +.', 'calf-check' ) );
		case 'text':
			$text = sanitize_text_field( $value );
			return mb_strlen( $text ) <= CALF_CHECK_CLINIC_NAME_MAX && '' !== $text
				/* translators: %d: the longest clinic name, in characters. */
				? $text : new WP_Error( 'calf-check', sprintf( __( 'Keep the name to %d characters or fewer, with no HTML.', 'calf-check' ), CALF_CHECK_CLINIC_NAME_MAX ) );
		case 'email':
			return strlen( $value ) <= 254 && is_email( $value ) ? $value : new WP_Error( 'calf-check', __( 'Enter an email address, e.g. hello@yourclinic.example.', 'calf-check' ) );
		case 'emergency':
			return preg_match( '/^[0-9]{2,6}$/', $value ) ? $value : new WP_Error( 'calf-check', __( 'Enter the emergency number as 2 to 6 digits, e.g. 999, 911, 112 or 000.', 'calf-check' ) );
		case 'choice':
			return isset( $attribute['choices'][ $value ] )
				? $value
				/* translators: %s: the values allowed, e.g. "light, dark, auto". */
				: new WP_Error( 'calf-check', sprintf( __( 'Choose one of: %s.', 'calf-check' ), implode( ', ', array_keys( $attribute['choices'] ) ) ) );
		case 'boolean':
			if ( in_array( strtolower( $value ), array( 'true', 'share-result' ), true ) ) {
				return 'true';
			}
			return 'false' === strtolower( $value ) ? 'false' : new WP_Error( 'calf-check', __( 'Use true or false.', 'calf-check' ) );
		case 'languages':
			$tags    = preg_split( '/\s+/', $value );
			$unknown = array_diff( $tags, calf_check_locales() );
			return $unknown || count( $tags ) > count( calf_check_locales() )
				/* translators: 1: the tags refused, 2: the tags the widget ships. */
				? new WP_Error( 'calf-check', sprintf( __( 'Not shipped: %1$s. Use tags from: %2$s.', 'calf-check' ), implode( ' ', array_slice( $unknown, 0, 5 ) ), implode( ' ', calf_check_locales() ) ) )
				: implode( ' ', array_unique( $tags ) );
		case 'language':
			return in_array( $value, calf_check_locales(), true )
				? $value
				/* translators: %s: the tags the widget ships. */
				: new WP_Error( 'calf-check', sprintf( __( 'Use one of: %s.', 'calf-check' ), implode( ' ', calf_check_locales() ) ) );
	}
	return new WP_Error( 'calf-check', __( 'Unknown option.', 'calf-check' ) );
}

/** The element's telHref(): "(0)" and separators dropped, 00 read as +, then 3–20 digits; '' for anything else. */
function calf_check_tel_href( $phone ) {
	$digits = (string) preg_replace( array( '/\(0\)/', '/[\s().\-\x{00a0}]/u', '/^00/' ), array( '', '', '+' ), (string) $phone );
	return preg_match( '/^\+?[0-9]{3,20}$/', $digits ) ? 'tel:' . $digits : '';
}

/**
 * What the element's safeBookingUrl() accepts: an absolute https:, http:, tel: or mailto: URL (http and https
 * with a host). Anything that esc_url() would have to change (quotes, angle brackets, spaces, control
 * characters) is refused rather than silently rewritten into a different address.
 */
function calf_check_safe_url( $value ) {
	$protocols = array( 'https', 'http', 'tel', 'mailto' );
	if ( ! preg_match( '/^([a-z][a-z0-9+.-]*):/i', $value, $match ) || ! in_array( strtolower( $match[1] ), $protocols, true ) ) {
		return false;
	}
	if ( preg_match( '/[\s"\'<>\\\\\x00-\x1f\x7f]/', $value ) || esc_url_raw( $value, $protocols ) !== $value ) {
		return false;
	}
	$host = wp_parse_url( $value, PHP_URL_HOST );
	return ! in_array( strtolower( $match[1] ), array( 'https', 'http' ), true ) || ( is_string( $host ) && '' !== $host );
}

/** The block's attributes: one string per element attribute, '' meaning "the clinic's default". */
function calf_check_block_attributes() {
	return array_map(
		function () {
			return array(
				'type'    => 'string',
				'default' => '',
			);
		},
		calf_check_attributes()
	);
}

/** What the block editor's sidebar needs to draw a control for each attribute, and the clinic's defaults. */
function calf_check_editor_fields() {
	$fields = array();
	foreach ( calf_check_attributes() as $name => $attribute ) {
		$choices = isset( $attribute['choices'] ) ? $attribute['choices'] : array();
		if ( 'language' === $attribute['kind'] ) {
			$choices = array_combine( calf_check_locales(), calf_check_locales() );
		} elseif ( 'boolean' === $attribute['kind'] ) {
			$choices = array(
				'true'  => __( 'On', 'calf-check' ),
				'false' => __( 'Off', 'calf-check' ),
			);
		}
		$fields[] = array(
			'name'    => $name,
			'label'   => $attribute['label'],
			'help'    => $attribute['help'],
			'choices' => $choices ? $choices : null,
		);
	}
	return $fields;
}

/**
 * The page's one style for the widget: space reserved until the module has run (no layout shift), and the
 * clinic's accent colour for widgets in the theme it was checked against. Every value in it was checked as a
 * #rrggbb colour code when it was saved, and is checked again here before it is written into CSS.
 */
function calf_check_inline_css( $defaults ) {
	// The reservation line: the space the widget takes, given back after 4 s if the module never runs.
	$embed = calf_check_embed();
	$css   = isset( $embed['reservationCssMinified'] ) ? (string) $embed['reservationCssMinified'] : '';
	$theme = isset( $defaults['theme'] ) && in_array( $defaults['theme'], array( 'dark', 'auto' ), true ) ? $defaults['theme'] : 'light';
	$hex   = '/^#[0-9a-f]{6}$/';
	if ( isset( $defaults['accent'], $defaults['accent-contrast'] ) && preg_match( $hex, $defaults['accent'] ) && preg_match( $hex, $defaults['accent-contrast'] ) ) {
		$css .= sprintf( 'calf-check[theme="%s"]{--calf-check-accent:%s;--calf-check-accent-contrast:%s}', $theme, $defaults['accent'], $defaults['accent-contrast'] );
	}
	return $css;
}
