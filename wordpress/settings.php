<?php
/**
 * Settings → calf-check: the clinic's defaults, so an Author writes just [calf-check]. Saved through the
 * Settings API (options.php checks the nonce and manage_options). A refused value keeps what was saved before
 * and is explained next to its field, with what was typed left in the field to correct.
 *
 * @package calf-check
 */

defined( 'ABSPATH' ) || exit;

/** The backgrounds of the widget's themes, which a brand colour must stand out from (3:1, graphics). */
const CALF_CHECK_BACKGROUNDS = array(
	'white' => array( 255, 255, 255 ),
	'dark'  => array( 0x16, 0x1b, 0x1f ),
);

add_action(
	'admin_init',
	function () {
		register_setting(
			'calf_check',
			CALF_CHECK_OPTION,
			array(
				'type'              => 'array',
				'default'           => array(),
				'sanitize_callback' => 'calf_check_sanitize_defaults',
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( 'calf-check', 'calf-check', 'manage_options', 'calf-check', 'calf_check_settings_page' );
	}
);

/** Where the last save's refused values wait for the page WordPress redirects to, per user. */
function calf_check_refused_key() {
	return 'calf_check_refused_' . get_current_user_id();
}

/** The form's values checked field by field; refused ones keep the saved value and are remembered with why. */
function calf_check_sanitize_defaults( $input ) {
	$input   = is_array( $input ) ? wp_unslash( $input ) : array();
	$saved   = calf_check_defaults();
	$clean   = array();
	$refused = array();
	foreach ( calf_check_attributes() + array( 'accent' => array( 'kind' => 'accent' ) ) as $name => $attribute ) {
		$typed = isset( $input[ $name ] ) && is_scalar( $input[ $name ] ) ? (string) $input[ $name ] : '';
		if ( 'boolean' === $attribute['kind'] ) {
			$typed = '' === $typed || 'false' === $typed ? 'false' : $typed;
		}
		$value = 'accent' === $name ? calf_check_clean_accent( $typed, isset( $clean['theme'] ) ? $clean['theme'] : '' ) : calf_check_clean( $attribute, $typed );
		if ( is_wp_error( $value ) ) {
			$refused[ $name ] = array( mb_substr( $typed, 0, 2000 ), $value->get_error_message() );
			$value            = isset( $saved[ $name ] ) ? $saved[ $name ] : '';
		}
		if ( '' !== $value && 'false' !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	if ( isset( $clean['languages'], $clean['lang'] ) && calf_check_picker_lacks_lang( $clean['languages'], $clean['lang'] ) ) {
		$refused['languages'] = array( $clean['languages'], __( 'Include the language the widget starts in, or offer no picker.', 'calf-check' ) );
		unset( $clean['languages'] );
	}
	if ( isset( $clean['accent'] ) ) {
		$clean['accent-contrast'] = calf_check_text_on( calf_check_rgb( $clean['accent'] ) );
	}
	if ( $refused ) {
		set_transient( calf_check_refused_key(), $refused, 10 * MINUTE_IN_SECONDS );
		add_settings_error( CALF_CHECK_OPTION, 'calf-check-refused', __( 'Some values were not saved. Each one is explained next to its field.', 'calf-check' ) );
	}
	return $clean;
}

/** A picker of two or more languages that leaves out the one the widget starts in would hide that language. */
function calf_check_picker_lacks_lang( $languages, $lang ) {
	$offered = explode( ' ', $languages );
	return count( $offered ) > 1 && ! in_array( $lang, $offered, true );
}

/** `#abc` or `#aabbcc` (the # optional) → [r, g, b], else null. */
function calf_check_rgb( $code ) {
	if ( ! preg_match( '/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i', trim( $code ), $match ) ) {
		return null;
	}
	$hex = 3 === strlen( $match[1] ) ? preg_replace( '/(.)/', '$1$1', $match[1] ) : $match[1];
	return array_map( 'hexdec', str_split( $hex, 2 ) );
}

/** WCAG 2 contrast ratio of two opaque colours. */
function calf_check_contrast( $a, $b ) {
	$luminance = function ( $rgb ) {
		$linear = array_map(
			function ( $c ) {
				$s = $c / 255;
				return $s <= 0.04045 ? $s / 12.92 : pow( ( $s + 0.055 ) / 1.055, 2.4 );
			},
			$rgb
		);
		return 0.2126 * $linear[0] + 0.7152 * $linear[1] + 0.0722 * $linear[2];
	};
	$la = $luminance( $a );
	$lb = $luminance( $b );
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}

/** White or near-black, whichever reads better on the accent: the booking button's text and the tick. */
function calf_check_text_on( $accent ) {
	return calf_check_contrast( array( 255, 255, 255 ), $accent ) >= calf_check_contrast( array( 0x11, 0x11, 0x11 ), $accent ) ? '#ffffff' : '#111111';
}

/**
 * A brand colour as #rrggbb when the widget can use it on `$theme`'s background(s), the same rule as the
 * clinic configurator: 3:1 against the background (the widget paints graphics with it, never text), and 4.5:1
 * for the button text written on it.
 */
function calf_check_clean_accent( $typed, $theme ) {
	if ( '' === trim( $typed ) ) {
		return '';
	}
	$rgb = calf_check_rgb( $typed );
	if ( ! $rgb ) {
		return new WP_Error( 'calf-check', __( 'Enter a colour code of 6 or 3 hex digits, e.g. #1d5fa8 or #15a.', 'calf-check' ) );
	}
	$backgrounds = 'auto' === $theme ? CALF_CHECK_BACKGROUNDS : array_intersect_key( CALF_CHECK_BACKGROUNDS, array( 'dark' === $theme ? 'dark' : 'white' => 1 ) );
	foreach ( $backgrounds as $name => $background ) {
		$ratio = calf_check_contrast( $rgb, $background );
		if ( $ratio < 3 ) {
			$shown = number_format_i18n( floor( $ratio * 10 ) / 10, 1 );
			return new WP_Error(
				'calf-check',
				'white' === $name
					/* translators: %s: the contrast ratio measured, e.g. 2.1 (shown as 2.1:1). */
					? sprintf( __( 'This colour is too faint on the white background (%s:1). It needs 3:1 so the button, ticks and arrow are easy to see. Pick a darker one.', 'calf-check' ), $shown )
					/* translators: %s: the contrast ratio measured, e.g. 2.1 (shown as 2.1:1). */
					: sprintf( __( 'This colour is too faint on the dark background (%s:1). It needs 3:1 so the button, ticks and arrow are easy to see. Pick a lighter one.', 'calf-check' ), $shown )
			);
		}
	}
	$text = calf_check_contrast( calf_check_rgb( calf_check_text_on( $rgb ) ), $rgb );
	if ( $text < 4.5 ) {
		/* translators: %s: the best contrast ratio, e.g. 4.2 (shown as 4.2:1). */
		return new WP_Error( 'calf-check', sprintf( __( 'Neither white nor dark text is easy to read on this colour (%s:1 at best), and the booking button\'s text needs 4.5:1. Pick one a little darker or lighter.', 'calf-check' ), number_format_i18n( floor( $text * 10 ) / 10, 1 ) ) );
	}
	return vsprintf( '#%02x%02x%02x', $rgb );
}

/** The settings form: one row per attribute of the element, then the accent colour. */
function calf_check_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$refused = get_transient( calf_check_refused_key() );
	delete_transient( calf_check_refused_key() );
	$refused  = is_array( $refused ) ? $refused : array();
	$defaults = calf_check_defaults();
	$fields   = calf_check_attributes() + array(
		'accent' => array(
			'kind'  => 'accent',
			'label' => __( 'Brand colour', 'calf-check' ),
			'help'  => __( 'A colour code such as #1d5fa8 for the button, ticks and heading mark. Empty: the widget\'s own colours.', 'calf-check' ),
		),
	);
	echo '<div class="wrap"><h1>calf-check</h1>';
	echo '<p>' . esc_html__( 'Defaults for every widget on this site. A shortcode or block option overrides them: [calf-check] alone uses these.', 'calf-check' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'calf_check' );
	echo '<table class="form-table" role="presentation">';
	foreach ( $fields as $name => $field ) {
		$id    = 'calf-check-' . $name;
		$value = isset( $refused[ $name ] ) ? $refused[ $name ][0] : ( isset( $defaults[ $name ] ) ? $defaults[ $name ] : '' );
		$input = CALF_CHECK_OPTION . '[' . $name . ']';
		$error = isset( $refused[ $name ] ) ? $refused[ $name ][1] : '';
		$aria  = ' aria-describedby="' . esc_attr( $id . '-help' ) . ( $error ? ' ' . esc_attr( $id . '-error' ) . '" aria-invalid="true' : '' ) . '"';
		echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $field['label'] ) . '</label></th><td>';
		if ( 'boolean' === $field['kind'] ) {
			echo '<input type="hidden" name="' . esc_attr( $input ) . '" value="false">';
			echo '<input type="checkbox" id="' . esc_attr( $id ) . '" name="' . esc_attr( $input ) . '" value="true"' . checked( 'true', $value, false ) . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput -- built from esc_attr above.
		} elseif ( isset( $field['choices'] ) || 'language' === $field['kind'] ) {
			$choices = isset( $field['choices'] ) ? $field['choices'] : array_combine( calf_check_locales(), calf_check_locales() );
			echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $input ) . '"' . $aria . '><option value="">' . esc_html__( 'The widget\'s default', 'calf-check' ) . '</option>'; // phpcs:ignore WordPress.Security.EscapeOutput
			foreach ( $choices as $choice => $label ) {
				echo '<option value="' . esc_attr( $choice ) . '"' . selected( (string) $choice, $value, false ) . '>' . esc_html( $label ) . '</option>';
			}
			echo '</select>';
		} else {
			echo '<input type="text" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $input ) . '" value="' . esc_attr( $value ) . '"' . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput
		}
		if ( $error ) {
			echo '<p id="' . esc_attr( $id . '-error' ) . '" class="calf-check-refused" style="color:#b32d2e"><strong>' . esc_html__( 'Not saved:', 'calf-check' ) . '</strong> ' . esc_html( $error ) . '</p>';
		}
		echo '<p class="description" id="' . esc_attr( $id . '-help' ) . '">' . esc_html( $field['help'] ) . '</p></td></tr>';
	}
	echo '</table>';
	submit_button();
	echo '</form></div>';
}
