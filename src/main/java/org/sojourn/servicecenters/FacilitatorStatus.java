package org.sojourn.servicecenters;

public enum FacilitatorStatus {

	INVITED, ACCEPTED, DECLINED, REMOVED

}
