<?php
/**
 * Server-side render of the calf-check block: the same tag as the shortcode, from the block's attributes.
 *
 * @package calf-check
 */

defined( 'ABSPATH' ) || exit;

echo calf_check_tag( $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- every attribute is checked and escaped in calf_check_tag().
