package com.vcshell.admin;

/** Hears how far a long operation over many accounts has got. */
public interface ProgressListener {

	/** Hears nothing. */
	ProgressListener NONE = new ProgressListener() {

		@Override
		public void start(int total) {
		}

		@Override
		public void step() {
		}

		@Override
		public void finish() {
		}

	};

	/** The work starts: {@code total} steps. */
	void start(int total);

	/** One more step is done. */
	void step();

	/** The work ended, done or not. */
	void finish();

}
