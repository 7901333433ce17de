<?php
/**
 * Plugin Name:       calf-check
 * Description:       "Is it your calves?": explains how calves and ankles can add load to the lower back, lets a reader check four signs and invites them to book. Shortcode [calf-check], a block, and clinic-wide defaults under Settings → calf-check. The widget is served from this site; nothing is fetched from anywhere else.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       calf-check
 * Domain Path:       /languages
 *
 * @package calf-check
 */

defined( 'ABSPATH' ) || exit;

define( 'CALF_CHECK_FILE', __FILE__ );
define( 'CALF_CHECK_VERSION', '0.1.0' );
define( 'CALF_CHECK_OPTION', 'calf_check_defaults' );

require __DIR__ . '/attributes.php';
require __DIR__ . '/fallback.php';
if ( is_admin() ) {
	require __DIR__ . '/settings.php';
}

/** The clinic's saved defaults, each already checked when it was saved: attribute name (and 'accent') => value. */
function calf_check_defaults() {
	$saved = get_option( CALF_CHECK_OPTION, array() );
	return is_array( $saved ) ? $saved : array();
}

/**
 * The `<calf-check>` tag for one widget: each attribute from `$given` (shortcode or block) when its value passes
 * the element's own check, else the clinic's default, else left out so the element uses its own. A refused value
 * therefore never reaches the tag; what does is escaped for an attribute. Someone who can edit the post sees,
 * above the widget, which values were refused and why (readers never do): the element cannot warn about a value
 * it never received. Inside the tag, the fallback a reader sees if the script never runs.
 */
function calf_check_tag( $given ) {
	$given    = is_array( $given ) ? $given : array();
	$defaults = calf_check_defaults();
	$html     = '<calf-check';
	$refused  = array();
	$values   = array();
	foreach ( calf_check_attributes() as $name => $attribute ) {
		$value = isset( $given[ $name ] ) ? calf_check_clean( $attribute, $given[ $name ] ) : null;
		if ( is_wp_error( $value ) ) {
			/* translators: 1: the option's label, e.g. "Booking page", 2: its attribute name, e.g. booking-url, 3: why the value was refused. */
			$refused[] = sprintf( __( '%1$s (%2$s): %3$s', 'calf-check' ), $attribute['label'], $name, $value->get_error_message() );
		}
		if ( null === $value || is_wp_error( $value ) || '' === $value ) {
			$value = isset( $defaults[ $name ] ) ? (string) $defaults[ $name ] : '';
		}
		$values[ $name ] = $value;
		if ( 'boolean' === $attribute['kind'] ) {
			$html .= 'true' === $value ? ' ' . $name : '';
		} elseif ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$locale = calf_check_widget_locale( $values );
	calf_check_enqueue( '' === $values['languages'] ? $locale : '' );
	return calf_check_refusal_note( $refused ) . $html . '>' . calf_check_fallback( $values, $locale ) . '</calf-check>';
}

/** The list of refused values, for people who can edit the post (or, in the block editor's preview, posts). */
function calf_check_refusal_note( $refused ) {
	$post_id = get_the_ID();
	if ( ! $refused || ! ( $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' ) ) ) {
		return '';
	}
	$items = '';
	foreach ( $refused as $line ) {
		$items .= '<li>' . esc_html( $line ) . '</li>';
	}
	return '<div class="calf-check-refused" role="note"><p>' . esc_html__( 'Only people who can edit this post see this. The calf-check widget did not use these options:', 'calf-check' ) . '</p><ul>' . $items . '</ul></div>';
}

/**
 * The plugin's own words in the site's language (an administrator's own, in wp-admin), from languages/: the .po
 * files compiled by the build into .mo, the .l10n.php WordPress 6.5+ prefers, and the block editor's JSON. On init,
 * as WordPress 6.7 asks, and first on it: the plugin's own init callbacks below already translate labels.
 */
add_action(
	'init',
	function () {
		load_plugin_textdomain( 'calf-check', false, dirname( plugin_basename( CALF_CHECK_FILE ) ) . '/languages' );
	},
	1
);

add_action(
	'init',
	function () {
		add_shortcode(
			'calf-check',
			function ( $atts ) {
				// A boolean written bare, [calf-check share-result], arrives as a value under a numeric key.
				$attributes = calf_check_attributes();
				foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
					$name = strtolower( (string) $value );
					if ( is_int( $key ) && isset( $attributes[ $name ] ) && 'boolean' === $attributes[ $name ]['kind'] ) {
						$atts[ $name ] = 'true';
					}
				}
				return calf_check_tag( $atts );
			}
		);
		register_block_type(
			__DIR__ . '/block',
			array( 'attributes' => calf_check_block_attributes() )
		);
	}
);

/**
 * Loads the widget once on a page that shows it, from this plugin's own folder. WordPress 6.5+ prints it as a
 * script module; before that it is a classic enqueue whose tag the script_loader_tag filter below turns into a
 * module. Called while the content renders: a block theme renders it before <head> is written, a classic theme
 * prints late scripts and styles in the footer. Either way every widget on the page has called this before the
 * script's address is printed, so calf_check_page_src() can pick the file then.
 *
 * @param string $locale The one language this widget shows with no picker, or '' if it may need any language.
 */
function calf_check_enqueue( $locale ) {
	calf_check_page_locales( $locale );
	$src = plugins_url( 'build/calf-check.js', CALF_CHECK_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'calf-check', $src, array(), CALF_CHECK_VERSION );
	} else {
		wp_enqueue_script( 'calf-check', $src, array(), CALF_CHECK_VERSION, true );
	}
	if ( ! wp_style_is( 'calf-check' ) ) {
		wp_register_style( 'calf-check', false, array(), CALF_CHECK_VERSION );
		wp_add_inline_style( 'calf-check', calf_check_inline_css( calf_check_defaults() ) );
		wp_enqueue_style( 'calf-check' );
	}
}

/**
 * The languages this page's widgets need, one entry per widget: `$locale` is added when given. A pasted tag or a
 * widget with a picker adds '' (any language).
 */
function calf_check_page_locales( $locale = null ) {
	static $locales = array();
	if ( null !== $locale ) {
		$locales[] = $locale;
	}
	return $locales;
}

/**
 * The widget's file for this page: when every widget on it shows the same one language with no picker, the file
 * compiled in that language alone, else calf-check.js, which fetches each other language a widget shows from
 * build/words/ beside it, once per page.
 */
function calf_check_page_src( $src ) {
	$locales = array_unique( calf_check_page_locales() );
	$locale  = 1 === count( $locales ) ? reset( $locales ) : '';
	if ( '' === $locale || ! file_exists( __DIR__ . "/build/calf-check.$locale.js" ) ) {
		return $src;
	}
	return str_replace( '/build/calf-check.js', "/build/calf-check.$locale.js", $src );
}

add_filter(
	'script_loader_src',
	function ( $src, $handle ) {
		return 'calf-check' === $handle ? calf_check_page_src( $src ) : $src;
	},
	10,
	2
);
add_filter(
	'script_module_loader_src',
	function ( $src, $id ) {
		return 'calf-check' === $id ? calf_check_page_src( $src ) : $src;
	},
	10,
	2
);

/** Before 6.5: the enqueued widget script is an ES module, so its tag must say so. */
add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'calf-check' !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
		return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
	},
	10,
	2
);

/**
 * A `<calf-check>` pasted into a post (kept by the allow-list below) needs the widget loaded too, with every
 * language, since its own `lang` is not read here. Pasted tags are the ones left over once the blocks (priority 9)
 * and shortcodes (11) of this content have rendered theirs: the count is taken before and after, on a stack
 * because a block can render other content (a synced pattern, a post in a query loop) inside.
 */
add_filter(
	'the_content',
	function ( $content ) {
		calf_check_content_stack( count( calf_check_page_locales() ) );
		return $content;
	},
	8
);
add_filter(
	'the_content',
	function ( $content ) {
		$rendered = count( calf_check_page_locales() ) - calf_check_content_stack();
		if ( preg_match_all( '/<calf-check[\s>\/]/i', $content ) > $rendered ) {
			calf_check_enqueue( '' );
		}
		return $content;
	},
	20
);

/** Widgets rendered before each the_content call still running: pushes `$count`, or pops when called without. */
function calf_check_content_stack( $count = null ) {
	static $stack = array();
	if ( null !== $count ) {
		$stack[] = $count;
		return $count;
	}
	return $stack ? array_pop( $stack ) : 0;
}

/**
 * Authors and Contributors have no unfiltered_html, so kses cleans what they save: a pasted `<calf-check>` keeps
 * the element's own attributes and loses everything else (style, on* handlers, unknown names). A `<script>` is
 * still removed; calf_check_enqueue() loads the widget instead.
 */
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' === $context ) {
			$tags['calf-check'] = array_fill_keys( array_keys( calf_check_attributes() ), true );
		}
		return $tags;
	},
	10,
	2
);

/** So kses refuses a `javascript:` booking link in a pasted tag as it does an href. */
add_filter(
	'wp_kses_uri_attributes',
	function ( $attributes ) {
		$attributes[] = 'booking-url';
		return $attributes;
	}
);

/** The block editor's preview needs the element defined in the editor too; the classic build leaves no globals. */
add_action(
	'init',
	function () {
		wp_register_script( 'calf-check-classic', plugins_url( 'build/calf-check.classic.js', CALF_CHECK_FILE ), array(), CALF_CHECK_VERSION, true );
		wp_register_script(
			'calf-check-editor',
			plugins_url( 'block/editor.js', CALF_CHECK_FILE ),
			array( 'calf-check-classic', 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
			CALF_CHECK_VERSION,
			true
		);
		wp_set_script_translations( 'calf-check-editor', 'calf-check', plugin_dir_path( CALF_CHECK_FILE ) . 'languages' );
		wp_add_inline_script( 'calf-check-editor', 'var calfCheckFields = ' . wp_json_encode( calf_check_editor_fields() ) . ';', 'before' );
	},
	5
);
