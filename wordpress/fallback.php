<?php
/**
 * What a reader sees inside a `<calf-check>` whose script never runs (blocked, broken by an optimisation plugin,
 * or slow): the widget's heading, its introduction and the clinic's booking or phone link, as plain HTML the theme
 * styles. Once the element runs, its shadow root shows only its own content, so these children disappear.
 *
 * @package calf-check
 */

defined( 'ABSPATH' ) || exit;

/**
 * The fallback for a widget with the checked attribute values `$values` (name => value, '' when unset), in the
 * language it will show, `$locale` (calf_check_widget_locale()), or English when that is '' (the reader's browser).
 * Its structure and words are the widget's own (build/embed.json, written from src/embed/fallback.ts): this fills in
 * the escaped values, each stand-in replaced once and never read again.
 */
function calf_check_fallback( $values, $locale ) {
	$embed = calf_check_embed();
	$all   = isset( $embed['fallback'] ) && is_array( $embed['fallback'] ) ? $embed['fallback'] : array();
	$locale = isset( $all[ $locale ] ) ? $locale : 'en';
	if ( ! isset( $all[ $locale ] ) ) {
		return '';
	}
	$templates = $all[ $locale ];
	$clinic    = esc_html( $values['clinic-name'] );
	$named     = '' !== $clinic;
	$links     = array();
	$url       = $values['booking-url'];
	if ( '' !== $url ) {
		$new_tab = preg_match( '/^https?:/i', $url ) && '_self' !== $values['booking-target'];
		$links[] = strtr(
			$templates[ $named ? 'bookAt' : 'book' ],
			array(
				'{clinic}' => $clinic,
				'{href}'   => esc_url( $url, array( 'https', 'http', 'tel', 'mailto' ) ),
				'{target}' => $new_tab ? ' target="_blank" rel="noopener"' : '',
			)
		);
	}
	$tel = calf_check_tel_href( $values['phone'] );
	if ( '' !== $tel ) {
		$links[] = strtr(
			$templates['call'],
			array(
				'{tel}'   => esc_url( $tel, array( 'tel' ) ),
				'{phone}' => esc_html( $values['phone'] ),
			)
		);
	}
	$level   = '' !== $values['heading-level'] ? (int) $values['heading-level'] : 2;
	$content = $links ? implode( ' · ', $links ) : strtr( $templates[ $named ? 'noBookingAt' : 'noBooking' ], array( '{clinic}' => $clinic ) );
	return str_replace( '{level}', (string) $level, $templates['heading'] ) . $templates['lead'] . strtr( $templates['line'], array( '{content}' => $content ) );
}
