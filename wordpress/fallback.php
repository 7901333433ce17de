<?php
/**
 * What a reader sees inside a `<calf-check>` whose script never runs (blocked, broken by an optimisation plugin,
 * or slow): the widget's heading, its introduction and the clinic's booking or phone link, as plain HTML the theme
 * styles. Once the element runs, its shadow root shows only its own content, so these children disappear.
 *
 * @package calf-check
 */

defined( 'ABSPATH' ) || exit;

/** The widget's own words per shipped language, written into build/fallback.json by the project's build. */
function calf_check_fallback_words() {
	static $words = null;
	if ( null === $words ) {
		$words = json_decode( (string) file_get_contents( __DIR__ . '/build/fallback.json' ), true );
		$words = is_array( $words ) ? $words : array();
	}
	return $words;
}

/**
 * The fallback for a widget with the checked attribute values `$values` (name => value, '' when unset), in the
 * language it will show, `$locale` (calf_check_widget_locale()), or English when that is '' (the reader's browser).
 */
function calf_check_fallback( $values, $locale ) {
	$all    = calf_check_fallback_words();
	$locale = isset( $all[ $locale ] ) ? $locale : 'en';
	if ( ! isset( $all[ $locale ] ) ) {
		return '';
	}
	$words  = $all[ $locale ];
	$clinic = esc_html( $values['clinic-name'] );
	$named  = function ( $key ) use ( $words, $clinic ) {
		return '' !== $clinic ? str_replace( '{clinic}', $clinic, esc_html( $words[ $key . 'At' ] ) ) : esc_html( $words[ $key ] );
	};
	$links = array();
	$url   = $values['booking-url'];
	if ( '' !== $url ) {
		$new_tab = preg_match( '/^https?:/i', $url ) && '_self' !== $values['booking-target'];
		$links[] = '<a href="' . esc_url( $url, array( 'https', 'http', 'tel', 'mailto' ) ) . '"' . ( $new_tab ? ' target="_blank" rel="noopener"' : '' ) . '>' . $named( 'book' ) . '</a>';
	}
	$tel = calf_check_tel_href( $values['phone'] );
	if ( '' !== $tel ) {
		// Isolated left to right, so a number's groups keep their order in Arabic.
		$number  = '<bdi dir="ltr">' . esc_html( $values['phone'] ) . '</bdi>';
		$links[] = '<a href="' . esc_url( $tel, array( 'tel' ) ) . '">' . str_replace( '{phone}', $number, esc_html( $words['call'] ) ) . '</a>';
	}
	$level = '' !== $values['heading-level'] ? (int) $values['heading-level'] : 2;
	$lang  = ' lang="' . esc_attr( $locale ) . '"' . ( 'ar' === $locale ? ' dir="rtl"' : '' );
	return sprintf( '<h%1$d%2$s>%3$s</h%1$d>', $level, $lang, esc_html( $words['heading'] ) )
		. '<p' . $lang . '>' . esc_html( $words['lead'] ) . '</p>'
		. '<p' . $lang . '>' . ( $links ? implode( ' · ', $links ) : $named( 'noBooking' ) ) . '</p>';
}
